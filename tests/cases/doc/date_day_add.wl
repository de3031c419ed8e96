// Help: Jour (Propriété) (2512043, https://help.windev.com/?2512043)
DateDébut est une Date = "20011225"
DateDébut.Jour += 5
Trace(DateDébut.Jour)
Trace(DateDébut.Mois)
DateDébut.Jour = 10
Trace(DateDébut.Jour)
