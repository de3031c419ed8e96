// Help: Héritage de classe (6010007, https://help.windev.com/?6010007)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)`.
// Unsure: the VIRTUELLE modifier (issue 11's list) is accepted and means what a plain redefinition already does.
CForme est une Classe
FIN
CCercle est une Classe
	hérite de CForme
FIN
f est un CForme dynamique
f = allouer un CCercle
Trace(f.Nom())

PROCÉDURE VIRTUELLE CForme.Nom()
RENVOYER "forme"

PROCÉDURE VIRTUELLE CCercle.Nom()
RENVOYER "cercle"
