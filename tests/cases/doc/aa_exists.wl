// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
ta est un tableau associatif d'entiers
ta["a"] = 1
Trace(ta["a"]..Existe)
Trace(ta["b"]..Existe)
