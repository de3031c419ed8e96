// Help: Opérateurs d'affectation (1515003, https://help.windev.com/?1515003)
// Dynamic object = Object: the dynamic object becomes a reference to the source object.
CPoint est une Classe
	x est un entier
FIN
o est un CPoint
o.x = 1
d est un CPoint dynamique
d = o
d.x = 7
Trace(o.x)
