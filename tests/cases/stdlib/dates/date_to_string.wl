// Help: DateVersChaîne (Fonction) (3027025)
// The page's examples.
Trace(DateVersChaîne("20191225"))
Trace(DateVersChaîne(EntierVersDate(73773)))
Trace("[" + DateVersChaîne("") + "]")
Trace(DateVersChaîne("20191225", "MM-JJ-AAAA"))
Trace(DateVersChaîne("20791225", "Le numéro du jour JJ du mois n° MM de l'année AAAA"))
// Names in letters: all capitals give the system's case (lower case in French), Jjj/Mmm force a capital.
Trace(DateVersChaîne("20031202", "JJJ JJ MMM AAAA"))
Trace(DateVersChaîne("20031202", "JJJJ JJ MMMM AAAA"))
Trace(DateVersChaîne("20031202", "Jjj JJ Mmm AAAA"))
Trace(DateVersChaîne("20031202", "Jjjj JJ Mmmm AAAA"))
// maskDateSystème is the project's format.
Trace(DateVersChaîne("20240705", maskDateSystème))
// Two-digit years, and months whose short name is the whole name.
Trace(DateVersChaîne("20240503", "JJ.MM.AA"), DateVersChaîne("20240503", "JJ MMM AAAA"), DateVersChaîne("20240815", "Jjj JJ Mmm"))
// A Date variable, a DateHeure (its time fills HH, mm, SS), an empty Date.
d est une Date = "20011231"
Trace(DateVersChaîne(d), DateVersChaîne(d, "AAAAMMJJ"))
dh est une DateHeure = "200112311745"
Trace(DateVersChaîne(dh, "JJ/MM/AAAA à HHhmm"))
vide est une Date
vide = ""
Trace("[" + DateVersChaîne(vide) + "]")
// A string that is no date: ErreurDétectée, ErreurInfo() and an empty result.
Trace("[" + DateVersChaîne("20012512") + "]", ErreurDétectée)
Trace(ErreurInfo())
Trace("[" + DateVersChaîne("hier") + "]", ErreurDétectée)
Trace(DateVersChaîne("20240229"), ErreurDétectée)
// DateToString is its English name.
Trace(DateToString("20191225", "AAAA-MM-JJ"))
