// Help: Opérateurs arithmétiques / Arithmetic operators (1512008, https://help.windev.com/?1512008)
x is int = 5
Trace(x++)
Trace(++x)
Trace(--x)
Trace(x--)
Trace(x)
