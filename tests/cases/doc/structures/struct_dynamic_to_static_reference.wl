// Help: Opérateurs d'affectation (1515003, https://help.windev.com/?1515003)
// Dynamic structure = structure: the dynamic structure references the source structure.
Point est une Structure
	x est un entier
FIN
s est un Point
s.x = 1
d est un Point dynamique
d = s
d.x = 42
Trace(s.x)
