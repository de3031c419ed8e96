// `t[i, j]` and `tableau associatif de` resolve; running them stops with a message naming them.
QUAND EXCEPTION DANS
	a est un tableau associatif de chaînes
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
FAIRE
	Trace(ExceptionInfo())
FIN
