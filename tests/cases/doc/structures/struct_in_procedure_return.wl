// Help: Structure (Type de variable) (1514008, https://help.windev.com/?1514008)
// Help: Déclaration d'une procédure (1513008, https://help.windev.com/?1513008)
Point est une Structure
	x est un entier
	y est un entier
FIN
p est un Point = Milieu(2, 8)
Trace(p.x)
Trace(p.y)

PROCÉDURE Milieu(a, b)
r est un Point
r.x = (a + b) / 2
r.y = b - a
RENVOYER r
