// Help: Instruction SELON / SWITCH statement (1510008, https://help.windev.com/?1510008)
Ville est une chaîne = "Lyon"
SELON Ville
	CAS "Paris" : Trace("capitale")
	CAS "Lyon", "Marseille" : Trace("grande ville")
	AUTRE CAS : Trace("autre")
FIN
