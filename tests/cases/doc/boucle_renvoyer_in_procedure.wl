// Help: Instruction BOUCLE / LOOP statement (1510004, https://help.windev.com/?1510004)
// Choice: RENVOYER: returns a value to the caller, exiting the loop and the procedure
Trace(Premier())
PROCÉDURE Premier()
i est un entier = 0
BOUCLE
	i++
	SI i * i > 50 ALORS RENVOYER i
FIN
