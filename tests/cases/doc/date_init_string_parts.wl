// Help: Date (Type de variable) (1514066, https://help.windev.com/?1514066)
// Help: Jour (Propriété) (2512043, https://help.windev.com/?2512043)
// Help: Mois (Propriété) (2512052, https://help.windev.com/?2512052)
DateFin est une Date = "20011231"
Trace(DateFin.Jour)
Trace(DateFin.Mois)
Trace(DateFin.Année)
