// Help: Numérique (Type de variable) (1514072, https://help.windev.com/?1514072)
a est un numérique = 0.1
b est un numérique = 0.2
Trace(a + b)
Trace(a + b = 0.3)
