// An expression alone on a line would lose its value: WLanguage refuses it.
tab est un tableau de entiers = [1, 2]
tab[1]
s est une chaîne = "abc"
s[[2]]
Info("jamais affiché")
