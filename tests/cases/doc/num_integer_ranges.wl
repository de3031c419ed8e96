// Help: Les différents types d'entiers (1514049, https://help.windev.com/?1514049)
a est un entier sur 1 octet = -128
b est un entier sur 1 octet = 127
c est un entier sur 2 octets = -32768
d est un entier sur 2 octets = 32767
e est un entier sur 4 octets = 2147483647
f est un entier sur 8 octets = 9000000000000000000
Trace(a)
Trace(b)
Trace(c)
Trace(d)
Trace(e)
Trace(f)
