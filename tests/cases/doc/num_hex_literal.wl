// Help: Les différents types d'entiers (1514049, https://help.windev.com/?1514049)
MaVariable est un entier = 0x4D5
Trace(MaVariable)
