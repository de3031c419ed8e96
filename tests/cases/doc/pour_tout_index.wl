// Help: Tableau (Type de variable) / Array (1514030, https://help.windev.com/?1514030)
// Choice: POUR TOUT v, i DE t gives the value, then its index (from 1).
t est un tableau de chaînes = ["a", "b", "c"]
POUR TOUT v, i DE t
	Trace(NumériqueVersChaîne(i) + "=" + v)
FIN
