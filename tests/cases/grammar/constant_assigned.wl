// A constant cannot be assigned.
CONSTANTE
	MAX = 10
FIN
MAX = 11
