// Help: Trace (3013050, https://help.windev.com/?3013050)
// Choice: the page example: a string + an integer concatenates when the string comes first
ResCalcul est un entier = 6 * 7
Trace("Résultat du calcul : " + ResCalcul)
