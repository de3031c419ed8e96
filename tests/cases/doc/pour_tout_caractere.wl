// Help: POUR TOUT sur une chaîne (page not found)
// Choice: POUR TOUT on a string gives its characters one by one.
POUR TOUT c DE "abc"
	Trace(c)
FIN
