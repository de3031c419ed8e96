// Help: Instruction BOUCLE / LOOP statement (1510004, https://help.windev.com/?1510004)
// Choice: the syntax section writes "A FAIRE TANTQUE" without the accent
n est un entier = 0
BOUCLE
	n += 2
A FAIRE TANTQUE n < 10
Trace(n)
