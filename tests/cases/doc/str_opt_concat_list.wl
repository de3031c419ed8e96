// Help: Opérateurs sur les chaînes de caractères / Operators on character strings (1512001, https://help.windev.com/?1512001)
// Choice: a list built with the documented rule: the separator is skipped on the first element (empty source)
t est un tableau de chaînes = ["a", "b", "c"]
Liste est une chaîne
POUR TOUT x DE t
	Liste += [";"]
	Liste += x
FIN
Trace(Liste)
