// Help: Constructeur et destructeur (6010001, https://help.windev.com/?6010001)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)`.
// Unsure: the order in which two locals are destroyed is not documented; reverse declaration order (like C++) is assumed.
CTrace est une Classe
	Nom est une chaîne
FIN
Traitement()

PROCÉDURE Traitement()
a est un CTrace("a")
b est un CTrace("b")

PROCÉDURE CTrace.Constructeur(s)
:Nom = s

PROCÉDURE CTrace.Destructeur()
Trace("Destructeur " + :Nom)
