// `EXCEPTION` alone in a handler (older code's way to pass the exception on to the caller)
// resolves; running it stops the script, naming the construct.
QUAND EXCEPTION DANS
	x est un entier = 1 / 0
FAIRE
	Trace("attrapée")
	SI ExceptionInfo() <> "" ALORS EXCEPTION
FIN
