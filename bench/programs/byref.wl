// Procedure calls with by-reference parameters (WLanguage's default): the callee updates the
// caller's variables. Python and Lua return the new values instead.
nLo est un entier = 0
nHi est un entier = 0
nSum est un entier = 0
POUR i = 1 _A_ 300000
	nLo = i % 100
	nHi = i % 37
	Order(nLo, nHi)
	Accumulate(nSum, nHi - nLo)
FIN
Info(nSum)

PROCEDURE Order(a, b)
SI a > b ALORS
	t est un entier = a
	a = b
	b = t
FIN

PROCEDURE Accumulate(total, LOCAL n est un entier)
total = (total + n * n) % 1000000007
