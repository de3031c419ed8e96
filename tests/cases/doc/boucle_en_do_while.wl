// Help: Instruction BOUCLE / LOOP statement (1510004, https://help.windev.com/?1510004)
// Choice: English DO WHILE (and TO DO WHILE) ends a LOOP as À FAIRE TANTQUE does.
i is int = 0
LOOP
	i++
DO WHILE i < 3
Trace(i)
