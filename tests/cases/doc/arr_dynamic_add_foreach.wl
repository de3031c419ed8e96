// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
TabValeur est un tableau d'entiers
Trace(TabValeur..Occurrence)
Ajoute(TabValeur, 5)
Ajoute(TabValeur, 10)
Ajoute(TabValeur, 15)
POUR TOUT x DE TabValeur
	Trace(x)
FIN
