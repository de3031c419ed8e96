// Help: POUR / FOR statement (page not found in the search store this round; rules from /work/shared/notes.md, gathered from the help in round one)
POUR i = 3 À 1 PAS -1
	Trace(i)
FIN
