// Help: Date (Type de variable) (1514066, https://help.windev.com/?1514066)
// Help: Jour (Propriété) (2512043, https://help.windev.com/?2512043)
StartDate is Date = "20011225"
StartDate.Day += 5
Trace(StartDate.Day)
Trace(StartDate.Month)
Trace(StartDate.Year)
