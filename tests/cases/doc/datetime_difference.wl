// Help: Opérations disponibles sur les dates, les heures et les durées (1514040, https://help.windev.com/?1514040)
// Help: Durée (Type de variable) (1514069, https://help.windev.com/?1514069)
DateHeureDébut est une DateHeure = "200112051530"
DateHeureFin est une DateHeure = "200112051730"
DuréeSéminaire est une Durée = DateHeureFin - DateHeureDébut
Trace(DuréeSéminaire.Heure)
Trace(DuréeSéminaire..EnMinutes)
