// Help: DateVersJour (Fonction) (3027004)
// Help: EntierVersJour (Fonction) (3027008)
// Help: DateVersJourEnLettre (Fonction) (3027010)
// Help: EntierVersJourEnLettre (Fonction) (3027028)
// Help: DateVersMoisEnLettre (Fonction) (3027012)
// Help: EntierVersMoisEnLettre (Fonction) (3027005)
// Help: NuméroDeJourVersLettre (Fonction) (1000019906)
// Help: NuméroDeMoisVersLettre (Fonction) (1000019907)
// Days of the week: 1 is Monday, 7 is Sunday. The 25th of December 2001 was a Tuesday.
Trace(DateVersJour("20011225"), DateVersJour("20011230"), DateVersJour("20011231"))
Trace(EntierVersJour(73773), EntierVersJour(1))
d est une Date = "20240229"
Trace(DateVersJour(d), DateVersJourEnLettre(d), DateVersMoisEnLettre(d))
// Names in letters, with a capital.
Trace(DateVersJourEnLettre("20011225"), EntierVersJourEnLettre(73773))
Trace(DateVersMoisEnLettre("20011225"), EntierVersMoisEnLettre(73773), DateVersMoisEnLettre("20240815"))
POUR i = 1 À 7
	Trace(NuméroDeJourVersLettre(i))
FIN
Trace(NuméroDeMoisVersLettre(2), NuméroDeMoisVersLettre(8), NuméroDeMoisVersLettre(12))
// Empty dates give empty results; invalid ones fail.
Trace(DateVersJour(""), "[" + DateVersJourEnLettre("") + "]")
Trace(DateVersJour("20010229"), ErreurDétectée)
Trace(ErreurInfo())
Trace("[" + NuméroDeJourVersLettre(8) + "]", ErreurDétectée)
Trace(ErreurInfo())
Trace("[" + NuméroDeMoisVersLettre(0) + "]", ErreurDétectée)
Trace(ErreurInfo())
Trace(DateToDay("20011225"), DateToDayInAlpha("20011225"), DateToMonthInAlpha("20011225"), DayNumberInAlpha(7), MonthNumberInAlpha(1))
