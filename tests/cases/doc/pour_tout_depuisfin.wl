// Help: Tableau (Type de variable) / Array (1514030, https://help.windev.com/?1514030)
// Choice: DepuisFin after the array walks it from its last element.
t est un tableau d'entiers = [1, 2, 3]
POUR TOUT v DE t DepuisFin
	Trace(v)
FIN
