// Help: Opérations disponibles sur les dates, les heures et les durées (1514040, https://help.windev.com/?1514040)
// Unsure: the subtraction table was cut; Date - Date assigned to an integer is assumed to be the number of days.
// Choice: Date - Date is a Durée (page 1514040), and a Durée converts to an integer as its milliseconds, as an integer converts to a Durée (page 1514069); the days are its .Jour or ..EnJours (README, compatibility notes).
d1 est une Date = "20011225"
d2 est une Date = "20020105"
n est un entier = d2 - d1
Trace(n)
du est une Durée = d2 - d1
Trace(du..EnJours)
