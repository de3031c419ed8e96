// Help: Opérateurs sur les chaînes de caractères / Operators on character strings (1512001, https://help.windev.com/?1512001)
// Choice: the page writes À; A without accent is the usual keyword spelling (keywords ignore accents)
Texte est une chaîne = "San Francisco"
Trace(Texte[[5 A 10]])
Trace(Texte[[A 10]])
