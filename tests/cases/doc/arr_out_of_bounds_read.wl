// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
TabJour est un tableau de chaînes = ["lundi", "mardi", "mercredi"]
QUAND EXCEPTION DANS
	Trace(TabJour[4])
FAIRE
	Trace("indice hors limites")
FIN
Trace(TabJour[3])
