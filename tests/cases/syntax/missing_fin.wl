// A SI block that is never closed: the error points at the end of the file.
n est un entier = 3
SI n > 2 ALORS
	Info("grand")
POUR i = 1 A n
	Trace(i)
FIN
