// Help: Instruction SELON / SWITCH statement (1510008, https://help.windev.com/?1510008)
// Choice: the page writes "CAS 11 À 20" without a colon
SELON 11
	CAS 11 À 20 // Valeur comprise entre 11 et 20 (inclus)
		Trace("11..20")
FIN
