// Help: Constructeur et destructeur (6010001, https://help.windev.com/?6010001)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)` (the name issue 12 uses); in WINDEV they live in the class's own code.
// The destructor runs when the object is deleted: on leaving the procedure where it was instantiated.
CTrace est une Classe
	Nom est une chaîne
FIN
Trace("avant")
Traitement()
Trace("après")

PROCÉDURE Traitement()
o est un CTrace("local")
Trace("dans Traitement")

PROCÉDURE CTrace.Constructeur(sNom)
:Nom = sNom
Trace("Constructeur " + :Nom)

PROCÉDURE CTrace.Destructeur()
Trace("Destructeur " + :Nom)
