// Help: Date (Type de variable) (1514066, https://help.windev.com/?1514066)
// Unsure: DateDuJour/Today returns the current Date and Maintenant/Now the current time as HHMMSSCC; the function pages were not read (issue 14 owns them).
Trace(DateDuJour() = DateSys())
Trace(Taille(Maintenant()))
Trace(Today() = DateSys())
