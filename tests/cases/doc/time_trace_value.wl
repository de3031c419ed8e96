// Help: Heure (Propriété) (2512038, https://help.windev.com/?2512038)
// Unsure: how a Heure prints: assumed HHMMSSCC (the HeureSys form); newer versions may print HHMMSSLLL (9 characters).
h est une Heure = "1230"
Trace(h)
