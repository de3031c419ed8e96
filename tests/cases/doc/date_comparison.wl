// Help: Opérations disponibles sur les dates, les heures et les durées (1514040, https://help.windev.com/?1514040)
d1 est une Date = "20011225"
d2 est une Date = "20020105"
Trace(d1 < d2)
Trace(d1 > d2)
d3 est une Date = "20011225"
Trace(d1 = d3)
