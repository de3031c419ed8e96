// Help: Jour (Propriété) (2512043, https://help.windev.com/?2512043)
// Note: The page says the property simplifies date offsets (adding a day); the carry into the next month is what an offset means.
// Offsetting the day past the end of the month moves to the next month (and year).
DateDébut est une Date = "20011225"
DateDébut.Jour += 10
Trace(DateDébut.Jour)
Trace(DateDébut.Mois)
Trace(DateDébut.Année)
