// Help: ChaîneVersHeure (Fonction) (1000021339)
// Note: without a format, "HH:MM", "HH:MM:SS", "HH:MM:SS:CC" and the digit forms are read; the
// result is an Heure (it prints as HHMMSSCC).
Trace(ChaîneVersHeure("14:25"))
Trace(ChaîneVersHeure("14:25:30"))
Trace(ChaîneVersHeure("14:25:30:45"))
Trace(ChaîneVersHeure("142530"))
Trace(ChaîneVersHeure("09h05", "HHhMM"))
Trace(ChaîneVersHeure("07.30.15", "HH.MM.SS"))
h est une Heure = ChaîneVersHeure("23:59")
Trace(HeureVersChaîne(h, "HH:MM"))
// Out of range or not matching: ErreurDétectée, an empty time.
Trace("[" + ChaîneVersHeure("24:00") + "]", ErreurDétectée)
Trace(ErreurInfo())
Trace("[" + ChaîneVersHeure("14-25", "HH:MM") + "]", ErreurDétectée)
Trace(ErreurInfo())
QUAND EXCEPTION DANS
	Trace(ChaîneVersHeure("14", "JJ"))
FAIRE
	Trace(ExceptionInfo())
FIN
Trace(StringToTime("18:45"))
