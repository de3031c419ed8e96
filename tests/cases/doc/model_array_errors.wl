// Misuse of arrays: each error is reported with its cause and can be caught (QUAND EXCEPTION).
t est un tableau de 3 par 4 entiers
QUAND EXCEPTION DANS
	Trace(t[2])
FAIRE
	Trace(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Trace(t[4, 1])
FAIRE
	Trace(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	t[1, 5] = 3
FAIRE
	Trace(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Ajoute(t, 1)
FAIRE
	Trace(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Dimension(t, 5)
FAIRE
	Trace(ExceptionInfo())
FIN
u est un tableau de 2 entiers
QUAND EXCEPTION DANS
	Trace(u[1, 1])
FAIRE
	Trace(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	g est un tableau de 100000 par 100000 entiers
FAIRE
	Trace(ExceptionInfo())
FIN
v est un tableau <agrandissement=N> d'entiers
QUAND EXCEPTION DANS
	v[2000000000] = 1
FAIRE
	Trace(ExceptionInfo())
FIN
f est un tableau fixe de 2 entiers
QUAND EXCEPTION DANS
	TableauSupprime(f, 1)
FAIRE
	Trace(ExceptionInfo())
FIN
Trace(t..Occurrence, u..Occurrence, v..Occurrence, f..Occurrence)
// Choice: a compound assignment reads the element first, so it must exist even with growth.
k est un entier = 4
QUAND EXCEPTION DANS
	v[k] += 1
FAIRE
	Trace(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	v[k] = v[k] + 1
FAIRE
	Trace(ExceptionInfo())
FIN
v[k] = 7
v[k] = v[k] + 1
Trace(v..Occurrence, v[k])
