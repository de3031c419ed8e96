// Help: Les différents types d'entiers (1514049, https://help.windev.com/?1514049)
a est un entier sans signe sur 1 octet = 255
b est un octet = 255
c est un entier sans signe sur 2 octets = 65535
d est un entier sans signe sur 4 octets = 4000000000
e est un entier sans signe sur 8 octets = 18000000000000000000
f est un entier sans signe = 4000000000
Trace(a)
Trace(b)
Trace(c)
Trace(d)
Trace(e)
Trace(f)
