// Help: POUR / FOR statement (page not found in the search store this round; rules from /work/shared/notes.md, gathered from the help in round one)
// Choice: "POUR i = 1 A n re-evaluates n at every iteration" (notes.md)
n est un entier = 3
POUR i = 1 À n
	Trace(i)
	SI i = 1 ALORS n = 5
FIN
