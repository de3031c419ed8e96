// ExceptionPropage (and EXCEPTION alone) pass the exception being handled to the level above,
// with its number and message; outside a handler it is an error.
QUAND EXCEPTION DANS
	Niveau2()
FAIRE
	Trace("niveau 1 : " + ExceptionInfo(errCode) + " " + ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Niveau3()
FAIRE
	Trace("niveau 1 : " + ExceptionInfo())
FIN
ExceptionPropage()

PROCÉDURE Niveau2()
QUAND EXCEPTION DANS
	ExceptionDéclenche(12, "disque plein")
FAIRE
	Trace("niveau 2")
	ExceptionPropage()
FIN
Trace("jamais")

PROCÉDURE Niveau3()
x est un entier = 1 / 0
CAS EXCEPTION:
Trace("niveau 3")
EXCEPTION
