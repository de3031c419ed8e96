// Répète sizes its result from its arguments: past 1 GiB it is refused before anything is
// allocated (an empty string repeated any number of times is still empty).
QUAND EXCEPTION DANS
	Info(Taille(Répète("ab", 1000000000000)))
FAIRE
	Info(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Info(Taille(Répète(Répète("ab", 1000), 10000000)))
FAIRE
	Info(ExceptionInfo())
FIN
Info(Taille(Répète("", 1000000000000)))
Info(Taille(RepeatString("abc", 1000000)))
