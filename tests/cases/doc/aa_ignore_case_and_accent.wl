// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
ta est un tableau associatif (ccSansCasse + ccSansAccent) de chaînes
ta["Élève"] = "x"
Trace(ta["eleve"])
Trace(ta..Occurrence)
