// Help: Tableau (Type de variable) / Array (1514030, https://help.windev.com/?1514030)
TableauValeur est un tableau d'entiers
Ajoute(TableauValeur, 5)
Ajoute(TableauValeur, 10)
Ajoute(TableauValeur, 15)
POUR TOUT x DE TableauValeur
	Trace(x)
FIN
