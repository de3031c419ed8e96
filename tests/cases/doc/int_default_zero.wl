// Help: Les différents types d'entiers / The different types of integers (1514049, https://help.windev.com/?1514049)
i est un entier
Trace(i)
