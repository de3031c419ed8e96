// Help: Opérateurs d'affectation (1515003, https://help.windev.com/?1515003)
// Structure = dynamic structure: a copy is performed.
Point est une Structure
	x est un entier
FIN
d est un Point dynamique
d = allouer un Point
d.x = 1
s est un Point
s = d
s.x = 50
Trace(d.x)
Trace(s.x)
