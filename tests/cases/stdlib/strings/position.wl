// Help: Position (3024027)
// Position(s, searched [, start [, options]]): 1-based, 0 when absent; options DepuisDébut,
// DepuisFin, MotComplet, SansCasse (combined with +); the searched string may be an array.
s est une chaîne = "Antananarivo, Madagascar"
Info(Position(s, "an"))
Info(Position(s, "an", 5))
Info(Position(s, "AN"))
Info(Position(s, "AN", 1, SansCasse))
Info(Position(s, "zen"))
Info(Position(s, "a", Taille(s), DepuisFin))
Info(Position(s, "a", 10, DepuisFin))
Info(Position(s, "ma", Taille(s), DepuisFin + SansCasse))
Info(Position(s, ["ar", "ag"]))
Info(Position("le chat et le chaton", "chat", 5, MotComplet))
Info(Position("le chat et le chaton", "chaton", 1, MotComplet))
Info(Position("Été comme été", "été", 1, IgnoreCase))
Info(Position("abc", "c", 10))
Info(Position("abc", ""))
QUAND EXCEPTION DANS
	Info(Position(s, "a", 1, 1000))
FAIRE
	Info(ExceptionInfo())
FIN
