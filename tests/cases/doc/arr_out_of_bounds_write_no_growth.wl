// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
// Without <agrandissement>, writing past the end is an error (growth is the option's job).
t est un tableau d'entiers = [1, 2]
QUAND EXCEPTION DANS
	t[3] = 3
FAIRE
	Trace("hors limites")
FIN
Trace(t..Occurrence)
