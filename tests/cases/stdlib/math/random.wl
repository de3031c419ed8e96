// Help: Hasard (3013037), InitHasard (3013030)
// Hasard() is a real in [0, 1); Hasard(n) an integer in 1..n; Hasard(a, b) in a..b.
// InitHasard(seed) makes the sequence reproducible.
InitHasard(42)
a est un entier = Hasard(100)
b est un entier = Hasard(100)
InitHasard(42)
Info(Hasard(100) = a, Hasard(100) = b)
ok est un booléen = Vrai
POUR i = 1 À 1000
	x est un réel = Hasard()
	n est un entier = Hasard(6)
	m est un entier = Hasard(-3, 3)
	SI x < 0 OU x >= 1 OU n < 1 OU n > 6 OU m < -3 OU m > 3 ALORS ok = Faux
FIN
Info(ok)
Info(Hasard(5, 5), Hasard(1))
