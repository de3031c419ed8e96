// Help: HeureVersChaîne (Fonction) (3027023)
// Note: the default format "HH:MM:SS:CC" is the one DateHeureVersChaîne's page shows for the time
// part; in a time format MM (or mm) is the minutes.
Trace(HeureVersChaîne("1425"))
Trace(HeureVersChaîne("142530", "HH:MM"))
Trace(HeureVersChaîne("14253045", "HHhMM et SS secondes"))
Trace(HeureVersChaîne("14253045", "HH:mm:SS.CC"))
Trace(HeureVersChaîne("142530450", "HH:MM:SS.LLL"))
// An Heure variable, the time of a DateHeure, an integer time.
h est une Heure = "0905"
Trace(HeureVersChaîne(h))
dh est une DateHeure = "200112311745"
Trace(HeureVersChaîne(dh, "HH:MM"))
Trace(HeureVersChaîne(EntierVersHeure(5121445)))
Trace("[" + HeureVersChaîne("") + "]")
// An invalid time fails.
Trace("[" + HeureVersChaîne("2500") + "]", ErreurDétectée)
Trace(ErreurInfo())
Trace(TimeToString("0930", "HH:MM"))
