// Help: Mécanisme des exceptions spécifiques / Mechanism of specific exceptions (3034003, https://help.windev.com/?3034003)
// Choice: the innermost active process handles the exception; the code after it runs
QUAND EXCEPTION DANS
	Niveau2()
	Trace("suite externe")
FAIRE
	Trace("externe")
FIN
PROCÉDURE Niveau2()
QUAND EXCEPTION DANS
	ExceptionDéclenche(1)
FAIRE
	Trace("interne")
FIN
