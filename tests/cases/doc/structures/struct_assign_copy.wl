// Help: Opérateurs d'affectation (1515003, https://help.windev.com/?1515003)
// Structure = Structure: a copy of the structure is performed.
Point est une Structure
	x est un entier
	y est un entier
FIN
a est un Point
a.x = 1
a.y = 2
b est un Point
b = a
b.x = 100
Trace(a.x)
Trace(b.x)
Trace(b.y)
