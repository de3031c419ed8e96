// Help: Les différents types de données (1514064, https://help.windev.com/?1514064)
// Vrai is a value different from 0, Faux a value equal to 0.
b est un booléen = 5
Trace(b = Vrai)
b = 0
Trace(b = Faux)
