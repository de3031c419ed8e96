// Help: Date (Type de variable) (1514066, https://help.windev.com/?1514066)
// Note: DateSys returns the date as an AAAAMMJJ string (8 characters).
DateJour est une Date = DateSys()
Trace(DateJour.Année >= 2024)
Trace(DateJour.Mois >= 1 ET DateJour.Mois <= 12)
Trace(Taille(DateSys()))
