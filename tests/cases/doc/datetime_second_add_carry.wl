// Help: Seconde (Propriété) (2512081, https://help.windev.com/?2512081)
HeureDébut est une DateHeure = "200112311230250"
Trace(HeureDébut.Seconde)
HeureDébut.Seconde += 50
Trace(HeureDébut.Minute)
Trace(HeureDébut.Seconde)
HeureDébut.Seconde = 50
Trace(HeureDébut.Seconde)
