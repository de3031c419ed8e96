// Help: DonneGUID (1000018857)
// A new random GUID at each call: 32 hexadecimal digits, or {8-4-4-4-12} with guidFormaté.
g est une chaîne = DonneGUID()
Info(Taille(g), g = Majuscule(g), ChaîneOccurrence(g, "-"))
f est une chaîne = DonneGUID(guidFormaté)
Info(Taille(f), Gauche(f, 1), Droite(f, 1), ChaîneOccurrence(f, "-"), ExtraitChaîne(f, 3, "-")[[1]])
Info(DonneGUID(guidBrut) <> DonneGUID(guidBrut))
QUAND EXCEPTION DANS
	Info(DonneGUID(7))
FAIRE
	Info(ExceptionInfo())
FIN
