// Help: Instruction SI / IF statement (1510011, https://help.windev.com/?1510011)
Ville est une chaîne = "NANTES"
SI PAS Ville DANS ("PARIS", "MARSEILLE", "LYON") ALORS
	Info("Vous n'habitez pas une des 3 plus grandes villes de France")
FIN
