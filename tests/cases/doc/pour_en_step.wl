// Help: POUR / FOR statement (page not found in the search store this round; rules from /work/shared/notes.md, gathered from the help in round one)
FOR i = 10 TO 1 STEP -3
	Trace(i)
END
