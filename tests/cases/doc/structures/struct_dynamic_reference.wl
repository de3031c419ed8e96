// Help: Opérateurs d'affectation (1515003, https://help.windev.com/?1515003)
// Help: Allouer (Mot-clé) (1511011, https://help.windev.com/?1511011)
// Dynamic structure = dynamic structure: the destination is a reference to the source.
Point est une Structure
	x est un entier
FIN
a est un Point dynamique
a = allouer un Point
a.x = 1
b est un Point dynamique
b = a
b.x = 2
Trace(a.x)
