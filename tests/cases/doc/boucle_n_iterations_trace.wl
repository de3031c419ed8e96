// Help: Instruction BOUCLE / LOOP statement (1510004, https://help.windev.com/?1510004)
BOUCLE (3)
	Trace("tour")
FIN
