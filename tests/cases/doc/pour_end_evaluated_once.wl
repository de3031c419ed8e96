// Help: POUR / FOR statement (page not found in the search store this round; rules from /work/shared/notes.md, gathered from the help in round one)
// Choice: "_A_ evaluates it once" (notes.md)
n est un entier = 3
POUR i = 1 _À_ n
	Trace(i)
	SI i = 1 ALORS n = 5
FIN
