// Help: Instruction SELON / SWITCH statement (1510008, https://help.windev.com/?1510008)
// Choice: the other interval forms of the comparison page written with * in a CAS; 20 takes the first matching CAS
POUR TOUT v DE [10, 15, 20, 25]
	SELON v
		CAS 10 <= * <= 14 : Trace("10..14")
		CAS 14 < * <= 20 : Trace("15..20")
		CAS 20 <= * < 30 : Trace("20..29")
	FIN
FIN
