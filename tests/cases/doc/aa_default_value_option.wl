// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
// Unsure: the declaration's second parameter is <Valeur par défaut>; its exact meaning and the name of the 'no option' constant (SansDoublon) were cut.
ta est un tableau associatif (SansDoublon, -1) d'entiers
Trace(ta["absent"])
