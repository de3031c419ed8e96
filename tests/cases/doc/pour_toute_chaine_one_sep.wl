// Help: POUR TOUTE CHAÎNE / FOR EACH STRING (page not found in the search store this round; form supported by wlang today)
POUR TOUTE CHAÎNE s DE "a,b,c" SÉPARÉE PAR ","
	Trace(s)
FIN
