// Help: ChaîneVersJSON (1000024531): text that is not JSON is an error saying where.
// Choice: a member of a value that holds no members (a number) is an error.
j est un JSON = 12
QUAND EXCEPTION DANS
	j.nom = "x"
FAIRE
	Trace(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Trace(j.nom)
FAIRE
	Trace(ExceptionInfo())
FIN
k est un JSON = ChaîneVersJSON("{""a"": }")
