// Help: NumériqueVersChaîne (3024024)
// "The length must be less than 100": a longer length or more decimals is an error, not an
// allocation; so is a format this function does not know.
QUAND EXCEPTION DANS
	Info(NumériqueVersChaîne(1, "999999999999d"))
FAIRE
	Info(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Info(NumériqueVersChaîne(3.5, ".70000f"))
FAIRE
	Info(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Info(NumériqueVersChaîne(3.5, "5q"))
FAIRE
	Info(ExceptionInfo())
FIN
Info(NumériqueVersChaîne(1, "100d"))
