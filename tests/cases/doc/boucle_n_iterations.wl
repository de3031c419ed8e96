// Help: Instruction BOUCLE / LOOP statement (1510004, https://help.windev.com/?1510004)
n est un entier = 0
BOUCLE (10)
	n++
FIN
Trace(n)
