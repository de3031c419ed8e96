// Help: Les différents types d'entiers / The different types of integers (1514049, https://help.windev.com/?1514049)
MaVariable est un entier
MaVariable = 0x4D5
Trace(MaVariable)
