// Help: Heure (Propriété) (2512038, https://help.windev.com/?2512038)
HeureDébut est une Heure = "1230"
HeureDébut.Heure += 10
Trace(HeureDébut.Heure)
Trace(HeureDébut.Minute)
HeureDébut.Heure += 10
Trace(HeureDébut.Heure)
HeureDébut.Heure = 10
Trace(HeureDébut.Heure)
