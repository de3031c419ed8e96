// Help: Structure (Type de variable) (1514008, https://help.windev.com/?1514008)
// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
Point est une Structure
	x est un entier
	y est un entier
FIN
tabPoints est un tableau de 3 Point
tabPoints[2].x = 5
tabPoints[2].y = 6
Trace(tabPoints[1].x)
Trace(tabPoints[2].x + tabPoints[2].y)
