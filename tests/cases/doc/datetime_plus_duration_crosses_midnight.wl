// Help: Opérations disponibles sur les dates, les heures et les durées (1514040, https://help.windev.com/?1514040)
// Help: Durée (Type de variable) (1514069, https://help.windev.com/?1514069)
// DateHeure + Durée is a DateHeure.
dh est une DateHeure = "200112312300"
du est une Durée = 2 h
dh2 est une DateHeure = dh + du
Trace(dh2.Année)
Trace(dh2.Mois)
Trace(dh2.Jour)
Trace(dh2.Heure)
