// Help: Les réels (1514048, https://help.windev.com/?1514048)
r est un réel
Trace(r)
r4 est un réel sur 4 octets
Trace(r4)
