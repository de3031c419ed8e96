// Help: Opérateurs arithmétiques / Arithmetic operators (1512008, https://help.windev.com/?1512008)
Trace(7 / 2)
