// Help: DuréeVersChaîne (3027007): the page's examples, then edge cases.
HeureDébut est une heure = "125324"
HeureFin est une heure = "140852"
MaDurée est une durée = HeureFin - HeureDébut
Info(DuréeVersChaîne(MaDurée, duréeCentième))
Info(DuréeVersChaîne(MaDurée, "D-HH:MM"))
Info(DuréeVersChaîne(MaDurée, duréeMillième))
Info(DuréeVersChaîne(MaDurée, "+D j HH h MM min SS s CCC"))
// A duration in the "+DHHMMSSCCC" form of a string
Info(DuréeVersChaîne("+0011528000", "HH:MM:SS"))
// Units missing from the format are carried into the next one (wlang's choice)
Info(DuréeVersChaîne(MaDurée, "MM:SS"))
Info(DuréeVersChaîne(MaDurée, "SS.CCC"))
Longue est une durée = 3 * 86400000 + 25 * 3600000 + 7
Info(DuréeVersChaîne(Longue, "D HH:MM:SS.CCC"), DuréeVersChaîne(Longue, "HH:MM"))
Info(DuréeVersChaîne(Longue, duréeCentième))
// Negative durations: "+" shows the sign
Négative est une durée = -90500
Info(DuréeVersChaîne(Négative, "+MM:SS.CCC"), DuréeVersChaîne(Négative, "MM:SS"))
Nulle est une durée = 0
Info(DuréeVersChaîne(Nulle, duréeCentième), DuréeVersChaîne(Nulle, "HH:MM"))
