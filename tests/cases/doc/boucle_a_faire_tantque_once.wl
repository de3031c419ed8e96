// Help: Instruction BOUCLE / LOOP statement (1510004, https://help.windev.com/?1510004)
// Choice: the lines before À FAIRE TANTQUE run before the first test
i est un entier = 10
BOUCLE
	i++
	Trace(i)
À FAIRE TANTQUE i < 3
