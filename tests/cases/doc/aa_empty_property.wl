// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
// Unsure: ..Vide on associative arrays: not read.
ta est un tableau associatif d'entiers
Trace(ta..Vide)
ta["x"] = 1
Trace(ta..Vide)
