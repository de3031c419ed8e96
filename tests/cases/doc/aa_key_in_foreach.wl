// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
// Unsure: `..Clé` on the loop variable (issue 12 names it) is not on the excerpt; the page's form is POUR TOUT ÉLÉMENT v, clé DE t.
ta est un tableau associatif d'entiers
ta["a"] = 1
POUR TOUT n DE ta
	Trace(n..Clé)
FIN
