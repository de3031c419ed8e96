// Help: Les différents types de données (1514064, https://help.windev.com/?1514064)
b est un booléen
Trace(b)
b = Vrai
Trace(b)
SI b ALORS Trace("vrai")
