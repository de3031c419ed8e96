// Help: Instruction SELON / SWITCH statement (1510008, https://help.windev.com/?1510008)
// Choice: syntax of the page: "CAS <Expression 2> :" followed by several action lines
n est un entier = 2
SELON n
	CAS 1 :
		Trace("un")
	CAS 2 :
		Trace("deux")
		Trace("encore deux")
FIN
