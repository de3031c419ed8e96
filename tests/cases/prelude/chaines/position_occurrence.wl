// Help: PositionOccurrence (3024029): the page's examples, then edge cases.
Info(PositionOccurrence("Antananarivo, Madagascar", "g", 1))
Info(PositionOccurrence("Antananarivo, Madagascar", "zen", 1))
Info(PositionOccurrence("Antananarivo, Madagascar", "n", 1))
Info(PositionOccurrence("Antananarivo, Madagascar", "n", 2))
// The third "a" from the end; the position counts from the beginning.
Info(PositionOccurrence("Antananarivo, Madagascar", "a", 3, DepuisFin))
// One of the strings of an array
Info(PositionOccurrence("Antananarivo, Madagascar", ["an", "ar"], 1))
Info(PositionOccurrence("Antananarivo, Madagascar", ["an", "ar"], 2))
Info(PositionOccurrence("Antananarivo, Madagascar", ["an", "ar"], 3))
Info(PositionOccurrence("Antananarivo, Madagascar", ["an", "ar"], 4))
// Every "a" and "A", by rank (the page's loop uses the firstRank/nextRank constants)
s est une chaîne
POUR n = 1 À 9
	s = s + [", "] + PositionOccurrence("Antananarivo, Madagascar", "a", n, SansCasse)
FIN
Info(s)
// Edge cases: rank past the last occurrence, rank 0, empty strings
Info(PositionOccurrence("Antananarivo, Madagascar", "g", 2))
Info(PositionOccurrence("Antananarivo, Madagascar", "g", 0))
Info(PositionOccurrence("", "a", 1))
Info(PositionOccurrence("abc", "", 1))
Info(PositionOccurrence("Antananarivo", "A", 2, SansCasse + DepuisFin))
Info(PositionOccurrence("Antananarivo", "x", 1, DepuisFin))
