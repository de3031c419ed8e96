// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
// Help: Structure (Type de variable) (1514008, https://help.windev.com/?1514008)
Point est une Structure
	x est un entier
FIN
t est un tableau de Point
p est un Point
p.x = 1
Ajoute(t, p)
p.x = 2
Trace(t[1].x)
t[1].x = 3
Trace(p.x)
