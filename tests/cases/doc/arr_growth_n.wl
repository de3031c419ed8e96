// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
// <agrandissement=N>: assigning any index enlarges the array; the new elements in between are 0.
TabValeur est un tableau <agrandissement=N> d'entiers
TabValeur[1] = 10
TabValeur[5] = 50
POUR TOUT x DE TabValeur
	Trace(x)
FIN
Trace(TabValeur..Occurrence)
