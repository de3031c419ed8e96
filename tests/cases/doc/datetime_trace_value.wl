// Help: Time (Property) (2512069, https://help.windev.com/?2512069)
// Unsure: how a DateHeure prints: assumed AAAAMMJJHHMMSSLLL (17 characters, page 2512043's reminder of the Date item format).
dh est une DateHeure = "200112121515"
Trace(dh)
