// Help: Mécanisme des exceptions spécifiques / Mechanism of specific exceptions (3034003, https://help.windev.com/?3034003)
POUR i = 1 À 3
	QUAND EXCEPTION DANS
		SI i = 2 ALORS ExceptionDéclenche(1)
		Trace(i)
	FAIRE
		Trace("exception au tour 2")
	FIN
FIN
