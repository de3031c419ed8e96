// Help: Instruction BOUCLE / LOOP statement (1510004, https://help.windev.com/?1510004)
// Choice: SORTIR leaves the innermost loop and goes on with the rest of the process
POUR i = 1 À 2
	BOUCLE
		Trace(i)
		SORTIR
	FIN
	Trace("suite " + NumériqueVersChaîne(i))
FIN
