// no final line break
Info( 1 )