// Help: Constructeur et destructeur (6010001, https://help.windev.com/?6010001)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)` (the name issue 12 uses); in WINDEV they live in the class's own code.
CTrace est une Classe
	Nom est une chaîne
FIN
POUR i = 1 À 2
	Traitement(i)
FIN

PROCÉDURE Traitement(n)
o est un CTrace(n)
Trace("travail " + n)

PROCÉDURE CTrace.Constructeur(sNom)
:Nom = sNom
Trace("+" + :Nom)

PROCÉDURE CTrace.Destructeur()
Trace("-" + :Nom)
