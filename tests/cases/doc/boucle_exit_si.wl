// Help: Instruction BOUCLE / LOOP statement (1510004, https://help.windev.com/?1510004)
i est un entier = 0
BOUCLE
	i++
	SI i > 3 ALORS SORTIR
	Trace(i)
FIN
Trace("fin")
