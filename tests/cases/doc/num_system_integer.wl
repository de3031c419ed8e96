// Help: Les différents types d'entiers (1514049, https://help.windev.com/?1514049)
i est un entier système = 5
i = i * 1000
Trace(i)
