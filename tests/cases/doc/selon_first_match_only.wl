// Help: Instruction SELON / SWITCH statement (1510008, https://help.windev.com/?1510008)
// Choice: only the first CAS that matches runs (no fall-through)
SELON 10
	CAS 10 : Trace("dix")
	CAS > 5 : Trace("plus que 5")
	AUTRE CAS : Trace("autre")
FIN
