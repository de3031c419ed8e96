// Help: Opérations disponibles sur les dates, les heures et les durées (1514040, https://help.windev.com/?1514040)
h1 est une Heure = "0930"
h2 est une Heure = "1415"
Trace(h1 < h2)
Trace(h2 < h1)
