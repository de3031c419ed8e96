// Help: DateHeureVersChaîne (Fonction) (1000025516)
// The page's examples: the default format is "JJ/MM/AAAA HH:mm:SS:CC"; mm is the minutes.
Trace(DateHeureVersChaîne("201912251715"))
Trace("[" + DateHeureVersChaîne("") + "]")
Trace(DateHeureVersChaîne("201912251715", "MM-JJ-AAAA HH:mm"))
Trace(DateHeureVersChaîne("207912251715", "Le numéro du jour JJ du mois n° MM de l'année AAAA à HH heures et mm minutes"))
Trace(DateHeureVersChaîne("202012021715", "JJJ JJ MMM AAAA HH:mm"))
Trace(DateHeureVersChaîne("202012021715", "Jjj JJ Mmm AAAA HH:mm"))
Trace(DateHeureVersChaîne("202012021715", "Jjjj JJ Mmmm AAAA HH:mm"))
// Seconds, hundredths and thousandths (CCC or LLL).
dh est une DateHeure = "20240102030405678"
Trace(DateHeureVersChaîne(dh, "HH:mm:SS.CC"), DateHeureVersChaîne(dh, "HH:mm:SS.CCC"), DateHeureVersChaîne(dh, "SS,LLL"))
// A Date is a date-time at midnight.
d est une Date = "20240102"
Trace(DateHeureVersChaîne(d))
// An invalid date-time fails.
Trace("[" + DateHeureVersChaîne("202413011200") + "]", ErreurDétectée)
Trace(ErreurInfo())
Trace(DateTimeToString("201912251715", "AAAA-MM-JJTHH:mm"))
