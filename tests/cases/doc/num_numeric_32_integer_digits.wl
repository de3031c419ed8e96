// Help: Numérique (Type de variable) (1514072, https://help.windev.com/?1514072)
n est un numérique = 0n12345678901234567890123456789012
n = n + 1
Trace(n)
