// Help: Opérations disponibles sur les dates, les heures et les durées (1514040, https://help.windev.com/?1514040)
// Help: Durée (Type de variable) (1514069, https://help.windev.com/?1514069)
// Durée + Durée is a Durée.
a est une Durée = 45 min
b est une Durée = 30 min
c est une Durée = a + b
Trace(c.Heure)
Trace(c.Minute)
