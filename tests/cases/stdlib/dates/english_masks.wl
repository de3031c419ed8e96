// Help: DateVersChaîne / DateToString (Function) (3027025), DateHeureVersChaîne, ChaîneVersDate: the English help
// writes masks with English letters (YYYY, YY, DD, DDD, DDDD). Choice: such a mask gives and reads
// English day and month names (the help gives the names of the system's language).
d is Date = "20240315"
Trace(DateToString(d, "DD/MM/YYYY"))
Trace(DateToString(d, "DDDD DD MMMM YYYY"))
Trace(DateToString(d, "Ddd, MMM DD YY"))
Trace(DateTimeToString("20240315143000", "DD/MM/YYYY HH:mm"))
Trace(StringToDate("Friday 15 March 2024", "DDDD DD MMMM YYYY"))
// The French letters keep the French names.
Trace(DateToString(d, "JJJJ JJ MMMM AAAA"))
