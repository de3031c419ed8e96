// Help: ExceptionDéclenche / ExceptionThrow (3034005, https://help.windev.com/?3034005)
QUAND EXCEPTION DANS
	ExceptionDéclenche(1)
FAIRE
	Trace(ExceptionInfo(errCode))
FIN
