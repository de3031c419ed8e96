// Help: TANTQUE / WHILE statement (page not found in the search store this round)
i est un entier = 0
TANTQUE i < 3
	i++
	Trace(i)
FIN
