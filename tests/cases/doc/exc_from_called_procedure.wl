// Help: Mécanisme des exceptions spécifiques / Mechanism of specific exceptions (3034003, https://help.windev.com/?3034003)
// Choice: an exception thrown in a called procedure reaches the caller's QUAND EXCEPTION DANS
QUAND EXCEPTION DANS
	Calcule()
	Trace("jamais")
FAIRE
	Trace("attrapée : " + NumériqueVersChaîne(ExceptionInfo(errCode)))
FIN
PROCÉDURE Calcule()
Trace("dans Calcule")
ExceptionDéclenche(7)
Trace("jamais dans Calcule")
