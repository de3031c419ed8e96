// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
// Without ccSansCasse, string keys are compared with their case.
ta est un tableau associatif d'entiers
ta["Paris"] = 1
ta["PARIS"] = 2
Trace(ta..Occurrence)
Trace(ta["Paris"])
