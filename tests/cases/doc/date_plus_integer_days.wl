// Help: Opérations disponibles sur les dates, les heures et les durées (1514040, https://help.windev.com/?1514040)
// Unsure: Date + integer: not in the addition table (Date, Heure, DateHeure, Durée only); adding a number of days is assumed.
d est une Date = "20011225"
d = d + 10
Trace(d.Jour)
Trace(d.Mois)
