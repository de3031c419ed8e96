// `t[i, j]` takes one index per dimension; `tableau associatif de` declares an associative array.
QUAND EXCEPTION DANS
	a est un tableau associatif de chaînes
	a["x"] = "un"
	Trace(a["x"], a..Occurrence)
FAIRE
	Trace(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	t est un tableau de 2 entiers
	Trace(t[1, 2])
FAIRE
	Trace(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	o is associative array of int
	Trace(o["absent"])
FAIRE
	Trace(ExceptionInfo())
FIN
