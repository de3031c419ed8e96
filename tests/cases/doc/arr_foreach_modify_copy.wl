// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
t est un tableau d'entiers = [1, 2, 3]
Somme est un entier
POUR TOUT x DE t
	Somme += x
FIN
Trace(Somme)
