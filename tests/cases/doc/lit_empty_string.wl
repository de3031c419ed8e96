// Help: Chaînes littérales / String literals (1512011, https://help.windev.com/?1512011)
s est une chaîne = ""
Trace("[" + s + "]")
Trace(Taille(s))
