// Help: DateValide (Fonction) (3027003)
// Help: DateHeureValide (Fonction) (1000020940)
// Help: HeureValide (Fonction) (3027021)
// DateValide: the page's examples, then the ten days the Gregorian reform skipped.
Trace(DateValide("20011225"), DateValide("20012512"), DateValide("2001"), DateValide("14821225"))
Trace(DateValide("15821004"), DateValide("15821005"), DateValide("15821014"), DateValide("15821015"))
Trace(DateValide("20230229"), DateValide("20240229"), DateValide(""), DateValide("2001122523122222"))
d est une Date = "20011225"
Trace(DateValide(d), DateValide(EntierVersDate(1)))
// DateHeureValide: the page's examples.
Trace(DateHeureValide("2001122523122222"), DateHeureValide("200125122312"), DateHeureValide("200123"), DateHeureValide("1482122524"))
dh est une DateHeure = "200112251530"
Trace(DateHeureValide(dh), DateHeureValide("20011225236000"))
// HeureValide.
Trace(HeureValide("1425"), HeureValide("142530"), HeureValide("14253045"), HeureValide("2400"), HeureValide("1260"), HeureValide(""))
h est une Heure = "0830"
Trace(HeureValide(h), HeureValide("abcd"))
Trace(DateValid("20011225"), TimeValid("2359"), DateTimeValid("200112252359"))
