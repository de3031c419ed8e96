// Help: ExceptionDéclenche / ExceptionThrow (3034005, https://help.windev.com/?3034005)
// Choice: ExceptionInfo(errMessage) is exactly the message given to ExceptionDéclenche.
QUAND EXCEPTION DANS
	ExceptionDéclenche(2, "Fichier introuvable")
FAIRE
	Trace(ExceptionInfo(errMessage))
FIN
