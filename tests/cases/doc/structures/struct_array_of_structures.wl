// Help: Structure (Type de variable) (1514008, https://help.windev.com/?1514008)
// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
// Note: Ajoute stores a copy of the structure: changing p after the first Ajoute does not change tabPoints[1].
Point est une Structure
	x est un entier
	y est un entier
FIN
tabPoints est un tableau de Point
p est un Point
p.x = 1
p.y = 2
Ajoute(tabPoints, p)
p.x = 10
p.y = 20
Ajoute(tabPoints, p)
Trace(tabPoints..Occurrence)
Trace(tabPoints[1].x)
Trace(tabPoints[2].y)
