// Help: Instanciation d'un objet (6010002, https://help.windev.com/?6010002)
// Help: Déclaration d'une procédure (1513008, https://help.windev.com/?1513008)
// An object can be passed to a procedure; parameters are by reference.
CPoint est une Classe
	x est un entier
FIN
p est un CPoint
Décale(p, 10)
Trace(p.x)

PROCÉDURE Décale(pt est un CPoint, n)
pt.x += n
