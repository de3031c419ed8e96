// Help: Constructeur et destructeur (6010001, https://help.windev.com/?6010001)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)` (the name issue 12 uses); in WINDEV they live in the class's own code.
// The constructor runs when the object is declared (instantiated).
CTrace est une Classe
	Nom est une chaîne
FIN
Trace("avant")
o est un CTrace
Trace("après")

PROCÉDURE CTrace.Constructeur()
Trace("Constructeur")
