// Help: Jour (Propriété) (2512043, https://help.windev.com/?2512043)
// Help: Mois (Propriété) (2512052, https://help.windev.com/?2512052)
// Older pages write the properties with two dots.
d est une Date = "20240229"
Trace(d..Jour)
Trace(d..Mois)
Trace(d..Année)
