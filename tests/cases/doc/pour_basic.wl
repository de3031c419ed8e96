// Help: POUR / FOR statement (page not found in the search store this round; rules from /work/shared/notes.md, gathered from the help in round one)
POUR i = 1 À 5
	Trace(i)
FIN
