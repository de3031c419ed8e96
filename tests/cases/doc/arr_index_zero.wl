// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
// Indices start at 1.
t est un tableau d'entiers = [10, 20]
Trace(t[1])
QUAND EXCEPTION DANS
	Trace(t[0])
FAIRE
	Trace("indice 0 refusé")
FIN
