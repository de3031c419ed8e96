// Help: Opérateurs arithmétiques / Arithmetic operators (1512008, https://help.windev.com/?1512008)
j est un entier = 5
j++
Trace(j)
j--
Trace(j)
j += 3
Trace(j)
j -= 3
Trace(j)
