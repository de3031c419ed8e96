// Help: Les différents types d'entiers / The different types of integers (1514049, https://help.windev.com/?1514049)
i est un entier sur 8 octets = 9000000000000000000
Trace(i)
