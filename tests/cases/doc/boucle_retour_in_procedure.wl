// Help: Instruction BOUCLE / LOOP statement (1510004, https://help.windev.com/?1510004)
// Choice: RETOUR: exits the loop and the current procedure
P()
Trace("après P")
PROCÉDURE P()
i est un entier = 0
BOUCLE
	i++
	Trace(i)
	SI i = 2 ALORS RETOUR
FIN
Trace("jamais")
