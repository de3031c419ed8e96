// Help: Instruction SI / IF statement (1510011, https://help.windev.com/?1510011)
// Choice: PAS DANS exists from version 23 on
Ville est une chaîne = "NANTES"
SI Ville PAS DANS ("PARIS", "MARSEILLE", "LYON") ALORS
	Info("Vous n'habitez pas une des 3 plus grandes villes de France")
FIN
Ville = "PARIS"
SI Ville PAS DANS ("PARIS", "MARSEILLE", "LYON") ALORS Info("jamais")
