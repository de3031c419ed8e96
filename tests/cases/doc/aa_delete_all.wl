// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
ta est un tableau associatif d'entiers
ta["a"] = 1
ta["b"] = 2
TableauSupprimeTout(ta)
Trace(ta..Occurrence)
