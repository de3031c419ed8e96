// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
ta est un tableau associatif (ccSansAccent) d'entiers
ta["été"] = 1
ta["ete"] = 2
Trace(ta..Occurrence)
Trace(ta["éte"])
