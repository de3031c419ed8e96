// QUAND EXCEPTION without DANS guards the rest of the process; QUAND EXCEPTION DANS ... FAIRE ...
// SINON ... FIN runs SINON when nothing failed.
P()
Trace("après P")
QUAND EXCEPTION DANS
	Trace("rien")
FAIRE
	Trace("jamais")
SINON
	Trace("pas d'exception")
FIN
PROCÉDURE P()
QUAND EXCEPTION
	Trace("attrapée : " + ExceptionInfo())
FIN
Trace(1 / 0)
Trace("jamais")
