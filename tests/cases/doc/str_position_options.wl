// Help: Position (page not found in the search store)
// Choice: IgnoreLaCasse ignores case; with DepuisFin the search goes backward from the position given (1 here, so it finds the first "abc"); MotComplet counts "-" as a word boundary (any character but a letter, digit or _).
Trace(Position("Bonjour Monsieur", "MONSIEUR", 1, IgnoreLaCasse))
Trace(Position("abc abc", "abc", 1, DepuisFin))
Trace(Position("Jean-Marie Marie", "Marie", 1, MotComplet))
