// Comments, blank lines and their places are kept.


/* A block comment
   on several lines,
      its inner lines as written. */
SI Vrai ALORS
// a comment line in a block
      Info("a")    // aligned trailing comment
	/* a block comment line */ Info("b")
Trace(/* inline */ "c")   // trailing
	// a comment before FIN

FIN
x est un entier; // after a semicolon
x = 1 ; x++ // two statements and a comment



// the end, without a final line break
