// Help: Opérateurs d'affectation (1515003, https://help.windev.com/?1515003)
// Dynamic object = dynamic object: the destination is a reference to the source.
CPoint est une Classe
	x est un entier
FIN
a est un CPoint dynamique
a = allouer un CPoint
a.x = 1
b est un CPoint dynamique
b = a
b.x = 2
Trace(a.x)
