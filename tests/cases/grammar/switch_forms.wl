// SELON (page 1510008): `CAS À 8`, `CAS 11 À 20` without colon, `CAS > v`, the `*` forms
// (`CAS 10 < * < 20`, `CAS * >= 30`), `AUTRES CAS`; the expression form `SELON(v, a, b, SINON d)`.
POUR TOUT v DE [-1, 9, 15, 20, 25, 30, 40]
	SELON v
		CAS À 0 : Trace(v + " : à 0")
		CAS 10 < * < 20 : Trace(v + " : 10 < * < 20")
		CAS 20 <= * <= 20 : Trace(v + " : 20")
		CAS 21 À 29
			Trace(v + " : 21 à 29")
		CAS * >= 40 : Trace(v + " : * >= 40")
		CAS > 29 : Trace(v + " : > 29")
		AUTRES CAS : Trace(v + " : autre")
	FIN
FIN
POUR i = 0 À 3
	Trace(SELON(i, "un", "deux", SINON "aucun"))
FIN
Trace(SELON(2, "a", "b") + "|" + SELON(5, "a", "b"))
