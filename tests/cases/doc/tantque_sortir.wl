// Help: TANTQUE / WHILE statement (page not found in the search store this round)
i est un entier = 0
TANTQUE Vrai
	i++
	SI i = 4 ALORS SORTIR
FIN
Trace(i)
