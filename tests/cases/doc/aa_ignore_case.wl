// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
ta est un tableau associatif (ccSansCasse) d'entiers
ta["Paris"] = 1
ta["PARIS"] = 2
Trace(ta..Occurrence)
Trace(ta["paris"])
