// Help: Les différents types d'entiers (1514049, https://help.windev.com/?1514049)
// Unsure: the page's own example stores 0xCD4ADE58 in a 4-byte signed integer; two's-complement wrapping is assumed.
// Choice: wlang's entier holds 8 bytes (README), so 0xCD4ADE58 stays positive; an entier sur 4 octets wraps as two's complement.
Nb2 est un entier = 0x_CD4A_DE58
Trace(Nb2)
Nb4 est un entier sur 4 octets = 0x_CD4A_DE58
Trace(Nb4)
