// Help: Instruction SELON / SWITCH statement (1510008, https://help.windev.com/?1510008)
// Choice: AUTRES CAS (plural) is read as AUTRE CAS.
SELON 3
	CAS 1 : Trace("un")
	AUTRES CAS : Trace("autre")
FIN
