// Help: Instruction SELON / SWITCH statement (1510008, https://help.windev.com/?1510008)
// Choice: the page has a section "Mot-clé OU" whose text was not retrieved: CAS a OU b matches
// either value, as CAS a, b does; under SELON Vrai it is the same as the logical OU.
POUR Quantité = 1 À 4
	SELON Quantité
		CAS 1 OU 3 : Trace(Quantité, "impair")
		CAS 2 OU 4 OU 6 : Trace(Quantité, "pair")
	FIN
FIN
x est un entier = 7
SELON Vrai
	CAS x < 0 OU x > 5 : Trace("hors de 0..5")
	AUTRE CAS : Trace("dans 0..5")
FIN
