// Help: Opérateurs arithmétiques / Arithmetic operators (1512008, https://help.windev.com/?1512008)
Trace(10 % 3)
Trace(12 % 4)
