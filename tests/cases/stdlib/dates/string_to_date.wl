// Help: ChaîneVersDate (Fonction) (3027013)
// Note: the result is a Date (it prints as AAAAMMJJ); the default format is the project's, JJ/MM/AAAA.
Trace(ChaîneVersDate("25/12/2001"))
Trace(ChaîneVersDate("12-25-2001", "MM-JJ-AAAA"))
// One-digit days and months are read too.
Trace(ChaîneVersDate("1/2/2001"))
// Names, with or without case and accents, in full or abbreviated.
Trace(ChaîneVersDate("Mardi 02 Décembre 2003", "JJJJ JJ MMMM AAAA"))
Trace(ChaîneVersDate("mar. 02 déc. 2003", "JJJ JJ MMM AAAA"))
Trace(ChaîneVersDate("15 AOUT 2024", "JJ MMMM AAAA"))
// Two-digit years: 00-49 are 2000-2049, 50-99 are 1950-1999.
Trace(ChaîneVersDate("01/02/03", "JJ/MM/AA"), ChaîneVersDate("01/02/87", "JJ/MM/AA"))
// A format without a day is the first of the month.
Trace(ChaîneVersDate("03/2024", "MM/AAAA"))
// The result is a Date: a Date variable takes it, day numbers count from it.
d est une Date = ChaîneVersDate("28/02/2024")
d = EntierVersDate(DateVersEntier(d) + 1)
Trace(DateVersChaîne(d))
// "" is the empty date.
Trace("[" + ChaîneVersDate("") + "]", ErreurDétectée)
// A string that does not match the format, or an impossible date: ErreurDétectée, an empty date.
Trace("[" + ChaîneVersDate("2001-12-25") + "]", ErreurDétectée)
Trace(ErreurInfo())
Trace("[" + ChaîneVersDate("31/02/2001") + "]", ErreurDétectée)
Trace(ErreurInfo())
// A format with no day, month or year is an error in the program.
QUAND EXCEPTION DANS
	Trace(ChaîneVersDate("12:30", "HH:mm"))
FAIRE
	Trace(ExceptionInfo())
FIN
Trace(StringToDate("2001.12.25", "AAAA.MM.JJ"))
