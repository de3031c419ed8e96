// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
// Help: Déclaration d'une procédure (1513008, https://help.windev.com/?1513008)
t est un tableau d'entiers = [1, 2, 3]
Double(t)
Trace(t[1] + t[2] + t[3])

PROCÉDURE Double(tab est un tableau d'entiers)
POUR i = 1 À tab..Occurrence
	tab[i] = tab[i] * 2
FIN
