// Help: Instruction BOUCLE / LOOP statement (1510004, https://help.windev.com/?1510004)
// Choice: "À FAIRE TANTQUE" ends the block; the lines before it run, and the loop goes on while the condition is true (the page reads lines until EOT)
i est un entier = 0
BOUCLE
	i++
	Trace(i)
À FAIRE TANTQUE i < 3
Trace("fin")
