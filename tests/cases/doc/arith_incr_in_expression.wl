// Help: Opérateurs arithmétiques / Arithmetic operators (1512008, https://help.windev.com/?1512008)
x est un entier = 5
Trace(x++)
Trace(++x)
Trace(--x)
Trace(x--)
Trace(x)
