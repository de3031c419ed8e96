// Help: DateVersEntier (Fonction) (3027014)
// Help: EntierVersDate (Fonction) (3027009)
// Help: HeureVersEntier (Fonction) (3027017)
// Help: EntierVersHeure (Fonction) (3027006)
// Day 1 is 01/01/1800: DateVersChaîne's page gives EntierVersDate(73773) = 25/12/2001.
Trace(DateVersEntier("20011225"), DateVersEntier("18000101"), DateVersEntier("17991231"))
Trace(EntierVersDate(73773), EntierVersDate(1), EntierVersDate(-1))
// Day numbers make date arithmetic: 100 days after the 25th of December 2001.
Trace(DateVersChaîne(EntierVersDate(DateVersEntier("20011225") + 100)))
d est une Date = EntierVersDate(73773)
Trace(DateVersChaîne(d, "JJJJ JJ MMMM AAAA"))
// Note: 0 and the empty date correspond to each other.
Trace(DateVersEntier(""), "[" + EntierVersDate(0) + "]")
// A number outside the calendar, or a string that is no date: ErreurDétectée.
Trace("[" + EntierVersDate(99999999) + "]", ErreurDétectée)
Trace("[" + EntierVersDate(9223372036854775807) + "]", ErreurDétectée)
Trace(ErreurInfo())
Trace(DateVersEntier("20011332"), ErreurDétectée)
Trace(ErreurInfo())
// Times as hundredths of a second since midnight.
Trace(HeureVersEntier("14133445"), HeureVersEntier("0001"), HeureVersEntier("235959"))
Trace(EntierVersHeure(5121445), EntierVersHeure(0), EntierVersHeure(8639999))
h est une Heure = EntierVersHeure(HeureVersEntier("1200") + 9000)
Trace(HeureVersChaîne(h, "HH:MM"))
Trace("[" + EntierVersHeure(8640000) + "]", ErreurDétectée)
Trace(ErreurInfo())
Trace(HeureVersEntier("9999"), ErreurDétectée)
Trace(DateToInteger("20011225"), IntegerToDate(73774), TimeToInteger("0001"), IntegerToTime(6000))
