// `EXCEPTION` alone in a handler (older code's way to pass the exception on to the caller, as
// ExceptionPropage does): with no handler above, the script stops at the first error.
QUAND EXCEPTION DANS
	x est un entier = 1 / 0
FAIRE
	Trace("attrapée")
	SI ExceptionInfo() <> "" ALORS EXCEPTION
FIN
