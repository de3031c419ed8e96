// Help: Opérateurs d'affectation (1515003, https://help.windev.com/?1515003)
// Associative arrays: `=` copies the content (unlike simple arrays, which are referenced).
ta1 est un tableau associatif d'entiers
ta1["x"] = 1
ta2 est un tableau associatif d'entiers
ta2 = ta1
ta2["x"] = 2
ta2["y"] = 3
Trace(ta1["x"])
Trace(ta1..Occurrence)
Trace(ta2..Occurrence)
