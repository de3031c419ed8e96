// Help: Instruction SELON / SWITCH statement (1510008, https://help.windev.com/?1510008)
// Choice: "CAS À 8" has no lower bound: negative values match too
POUR TOUT q DE [-5, 0, 8, 9]
	SELON q
		CAS À 8 : Trace("<= 8")
		AUTRE CAS : Trace("> 8")
	FIN
FIN
