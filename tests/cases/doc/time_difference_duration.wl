// Help: Durée (Type de variable) (1514069, https://help.windev.com/?1514069)
HeureDébut est une Heure = "1330"
HeureFin est une Heure = "1730"
DuréeCongrès est une Durée = HeureFin - HeureDébut
Trace(DuréeCongrès.Heure)
Trace(DuréeCongrès.Minute)
Trace(DuréeCongrès..EnMinutes)
