// Help: Mécanisme des exceptions spécifiques / Mechanism of specific exceptions (3034003, https://help.windev.com/?3034003)
QUAND EXCEPTION DANS
	ExceptionDéclenche(4)
FAIRE
	Trace("exception")
SINON
	Trace("pas d'exception")
FIN
