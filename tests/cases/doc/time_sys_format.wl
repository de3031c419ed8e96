// Help: Date (Type de variable) (1514066, https://help.windev.com/?1514066)
// HeureSys returns the current time as HHMMSSCC.
Trace(Taille(HeureSys()))
h est une Heure = HeureSys()
Trace(h.Heure >= 0 ET h.Heure <= 23)
