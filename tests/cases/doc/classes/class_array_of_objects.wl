// Help: Classes, membres, méthodes et propriétés (6010006, https://help.windev.com/?6010006)
// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
CPoint est une Classe
	x est un entier
FIN
tabPts est un tableau de 3 CPoint
tabPts[1].x = 4
tabPts[3].x = 6
Trace(tabPts..Occurrence)
Trace(tabPts[1].x + tabPts[2].x + tabPts[3].x)
