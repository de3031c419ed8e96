// Help: Numérique (Type de variable) (1514072, https://help.windev.com/?1514072)
n est un numérique (5,7)
n = 1
n = n / 3
Trace(n)
