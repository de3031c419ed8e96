// Help: Date (Type de variable) (1514066, https://help.windev.com/?1514066)
// Unsure: a Date declared without a value is assumed to hold today's date (WINDEV's behaviour as remembered; the 'Déclaration et initialisation' remarks were cut).
d est une Date
Trace(d = DateSys())
