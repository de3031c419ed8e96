// A general QUAND EXCEPTION (without DANS) handles the errors of the rest of its block, also in
// the procedures called from there; after it, the script goes on after that block. Each run of
// the declaration arms it again, so ExceptionActive() (page 3034002: re-enables the exception
// process, as PC SOFT's examples call it at the end of their handlers) has nothing left to do.
POUR i = 1 À 3
	Trace(Calcule(i))
FIN
Trace("fin")

PROCÉDURE Calcule(n)
QUAND EXCEPTION
	Trace("exception " + ExceptionInfo(errCode) + " pour " + n + " : " + ExceptionInfo())
	ExceptionActive()
	RENVOYER -1
FIN
SI n = 2 ALORS ExceptionDéclenche(20 + n, "refusé")
RENVOYER Divise(10, n - 3)

PROCÉDURE Divise(a, b)
RENVOYER a / b
