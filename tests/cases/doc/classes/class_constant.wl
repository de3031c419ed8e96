// Help: Constante (1514012, https://help.windev.com/?1514012)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)` (the name issue 12 uses); in WINDEV they live in the class's own code.
// Choice: a CONSTANTE ... FIN block inside the class declaration declares class constants
// A class constant: `::<Nom>` from a method, `<Classe>::<Nom>` from outside the class.
CTVA est une Classe
	CONSTANTE
		Taux = 20
	FIN
	HT est un monétaire
FIN
Trace(CTVA::Taux)
f est un CTVA
f.HT = 100
Trace(f.TTC())

PROCÉDURE CTVA.TTC()
RENVOYER :HT * (100 + ::Taux) / 100
