// Help: Opérateurs d'affectation (1515003, https://help.windev.com/?1515003)
// Object = Dynamic object: the members of the dynamic object are copied into the object.
CPoint est une Classe
	x est un entier
FIN
d est un CPoint dynamique
d = allouer un CPoint
d.x = 3
o est un CPoint
o = d
o.x = 4
Trace(d.x)
Trace(o.x)
