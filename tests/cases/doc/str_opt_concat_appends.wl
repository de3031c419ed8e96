// Help: Opérateurs sur les chaînes de caractères / Operators on character strings (1512001, https://help.windev.com/?1512001)
s est une chaîne = "a"
s += [";"]
Trace("[" + s + "]")
