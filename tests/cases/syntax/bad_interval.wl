// Comparisons do not chain: pairs that make no interval are refused, all of them reported.
x est un entier = 2
SI 1 < x > 0 ALORS Trace("?")
SI x = 2 = Vrai ALORS Trace("?")
SELON x
	CAS 1 < * > 3 : Trace("?")
FIN
