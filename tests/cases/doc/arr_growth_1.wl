// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
// <agrandissement=1>: assigning the element just past the end enlarges the array.
TabValeur est un tableau <agrandissement=1> d'entiers
TabValeur[1] = 10
TabValeur[2] = 20
TabValeur[3] = 30
POUR TOUT x DE TabValeur
	Trace(x)
FIN
