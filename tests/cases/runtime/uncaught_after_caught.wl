// QUAND EXCEPTION catches only the errors of its own block: the second one stops the
// script, inside a procedure called through a parameter.
QUAND EXCEPTION DANS
	Info(1 / 0)
FAIRE
	Info("interceptée : " + ExceptionInfo())
FIN
Applique(Inverse, 0)

PROCÉDURE Applique(pProc, x)
RENVOYER pProc(x)

PROCÉDURE Inverse(x)
RENVOYER 1 / x
