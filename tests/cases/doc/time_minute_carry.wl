// Help: Minute (Propriété) (2512050, https://help.windev.com/?2512050)
HeureDébut est une Heure = "1230"
HeureDébut.Minute += 50
Trace(HeureDébut.Heure)
Trace(HeureDébut.Minute)
HeureDébut.Minute = 10
Trace(HeureDébut.Minute)
