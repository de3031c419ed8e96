// Help: Heure (Propriété) (2512038, https://help.windev.com/?2512038)
// Help: Minute (Propriété) (2512050, https://help.windev.com/?2512050)
// Help: Jour (Propriété) (2512043, https://help.windev.com/?2512043)
DateDébut est une DateHeure = "200112121515"
Trace(DateDébut.Année)
Trace(DateDébut.Jour)
Trace(DateDébut.Heure)
Trace(DateDébut.Minute)
