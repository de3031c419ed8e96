// Help: Les différents types d'entiers (1514049, https://help.windev.com/?1514049)
i est un entier
Trace(i)
j est un entier sur 8 octets
Trace(j)
