// Help: Opérations disponibles sur les dates, les heures et les durées (1514040, https://help.windev.com/?1514040)
// Help: Durée (Type de variable) (1514069, https://help.windev.com/?1514069)
// Date + Durée is a Date (the time part of the duration is ignored).
d est une Date = "20011225"
du est une Durée = 864000000 // 10 days in milliseconds
d2 est une Date = d + du
Trace(DateVersChaîne(d2, "AAAAMMJJ"))
