// Help: Mécanisme des exceptions spécifiques / Mechanism of specific exceptions (3034003, https://help.windev.com/?3034003)
// Choice: ExceptionPropage() (or EXCEPTION alone) throws the exception being handled again, to the handler of the level above, with its number.
QUAND EXCEPTION DANS
	Niveau2()
FAIRE
	Trace("externe " + NumériqueVersChaîne(ExceptionInfo(errCode)))
FIN
PROCÉDURE Niveau2()
QUAND EXCEPTION DANS
	ExceptionDéclenche(9)
FAIRE
	Trace("interne")
	ExceptionPropage()
FIN
