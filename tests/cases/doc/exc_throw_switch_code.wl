// Help: ExceptionDéclenche / ExceptionThrow (3034005, https://help.windev.com/?3034005)
// Choice: the page example (window global declarations and two buttons) turned into one script
POUR n = 1 À 2
	QUAND EXCEPTION DANS
		ExceptionDéclenche(n)
	FAIRE
		// Selon le code de l'exception
		SELON ExceptionInfo(errCode)
			// Traitement de l'exception 1
			CAS 1 : Trace("exception 1")
			// Traitement de l'exception 2
			CAS 2 : Trace("exception 2")
		FIN
	FIN
FIN
