// Help: Opérateurs d'affectation (1515003, https://help.windev.com/?1515003)
// Object = Object: the members of the source object are copied into the destination object.
CPoint est une Classe
	x est un entier
	y est un entier
FIN
a est un CPoint
a.x = 1
a.y = 2
b est un CPoint
b = a
b.x = 100
Trace(a.x)
Trace(b.x)
Trace(b.y)
