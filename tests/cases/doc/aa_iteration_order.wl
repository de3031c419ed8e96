// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
// Unsure: iteration order of an associative array is not on the pages seen; insertion order is assumed.
ta est un tableau associatif d'entiers
ta["zèbre"] = 1
ta["abeille"] = 2
ta["moineau"] = 3
POUR TOUT ÉLÉMENT n, k DE ta
	Trace(k)
FIN
