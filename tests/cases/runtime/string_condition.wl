// A string is not a condition, even "1" or "Vrai": compare it explicitly.
sRéponse est une chaîne = "Vrai"
SI sRéponse = "Vrai" ALORS Info("comparaison explicite : ok")
SI sRéponse ALORS Info("jamais affiché")
