// Help: Les différents types d'entiers (1514049, https://help.windev.com/?1514049)
i is 1-byte int = 100
j is unsigned 2-byte int = 60000
k is 8-byte int = 5000000000
n is system int = 7
Trace(i)
Trace(j)
Trace(k)
Trace(n)
