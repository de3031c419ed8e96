// Errors inside a class or a structure are reported line by line; the rest is still read.
C est une Classe
	n est un entier
	est un entier
	PRIVÉ m est un
FIN
S est une Structure
	x est un entier
	y
FIN
Trace("fin")
