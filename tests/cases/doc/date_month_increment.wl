// Help: Mois (Propriété) (2512052, https://help.windev.com/?2512052)
DateDébut est une Date = "20011212"
DateDébut.Mois++
Trace(DateDébut.Mois)
Trace(DateDébut.Année)
DateDébut.Mois = 5
Trace(DateDébut.Mois)
Trace(DateDébut.Jour)
