// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
ta est un tableau associatif de réels
ta["pi"] = 3.5
ta["pi"] += 1
Trace(ta["pi"])
