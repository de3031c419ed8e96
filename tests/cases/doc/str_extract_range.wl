// Help: Opérateurs sur les chaînes de caractères / Operators on character strings (1512001, https://help.windev.com/?1512001)
Texte est une chaîne = "San Francisco"
Trace(Texte[[5 À 10]])
