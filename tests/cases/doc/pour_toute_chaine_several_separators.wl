// Help: POUR TOUTE CHAÎNE / FOR EACH STRING (page not found)
// Choice: an array of separators cuts the string at each of them.
POUR TOUTE CHAÎNE s DE "a,b;c" SÉPARÉE PAR [",", ";"]
	Trace(s)
FIN
