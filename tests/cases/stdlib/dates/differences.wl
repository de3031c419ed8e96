// Help: DateDifférence (Fonction) (3027001)
// Help: DateHeureDifférence (Fonction) (3027020)
// Help: HeureDifférence (Fonction) (3027018)
// Help: ChaîneVersDurée (Fonction) (3027002)
// DateDifférence: days from the first date to the second, negative when the second comes first.
Trace(DateDifférence("20011225", "20020105"), DateDifférence("20020105", "20011225"), DateDifférence("20240101", "20250101"))
d1 est une Date = "20240115"
d2 est une Date = "20240214"
Trace(DateDifférence(d1, d2))
Trace(DateDifférence("20011225", "2002"), ErreurDétectée)
Trace(ErreurInfo())
// DateHeureDifférence: "JJJJJJJJHHMMSSCC", sliced as the page's example slices it.
Diff est une chaîne = DateHeureDifférence("199801011215", "199801031430")
Trace(Diff)
Trace(Gauche(Diff, 8) + " jours", Milieu(Diff, 9, 2) + " heures", Milieu(Diff, 11, 2) + " minutes", Milieu(Diff, 13, 2) + " secondes", Milieu(Diff, 15, 2) + " centièmes")
// A "-" when the end comes first; DateHeure variables; a Date + an Heure (their strings joined).
Trace(DateHeureDifférence("199801031430", "199801011215"))
dh1 est une DateHeure = "20240101235959"
dh2 est une DateHeure = "20240102000001"
Trace(DateHeureDifférence(dh1, dh2))
d est une Date = "20240101"
h est une Heure = "1200"
Trace(DateHeureDifférence(d + h, "2024010112003050"))
Trace("[" + DateHeureDifférence("1998", "199801011215") + "]", ErreurDétectée)
// The result goes into a Durée through ChaîneVersDurée with duréeCentième.
du est une Durée = ChaîneVersDurée(Diff, duréeCentième)
Trace(du)
Trace(du = dh2 - dh1 + ChaîneVersDurée("0000000202145800", duréeCentième))
// duréeMillième (the default) reads a Durée's own string form.
Trace(ChaîneVersDurée("+1010203004"), ChaîneVersDurée("-0000000001500", duréeMillième))
Trace(ChaîneVersDurée("12h30"), ErreurDétectée)
Trace(ErreurInfo())
QUAND EXCEPTION DANS
	Trace(ChaîneVersDurée("0000000000000000", 7))
FAIRE
	Trace(ExceptionInfo())
FIN
// HeureDifférence: hundredths of a second.
Trace(HeureDifférence("1200", "1330"), HeureDifférence("1330", "1200"), HeureDifférence("12000000", "12000150"))
Trace(HeureDifférence("1200", "99"), ErreurDétectée)
Trace(DateDifference("20011225", "20011226"), DateTimeDifference("200112250000", "200112250001"), TimeDifference("0000", "0001"))
