// Help: Date (Type de variable) (1514066, https://help.windev.com/?1514066)
// Unsure: how a Date prints: assumed to be its AAAAMMJJ string form (the form DateSys returns and the help's initialisation strings use).
d est une Date = "20011231"
Trace(d)
