// Help: Instanciation dynamique d'un objet (6010003, https://help.windev.com/?6010003)
// Help: Héritage de classe (6010007, https://help.windev.com/?6010007)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)` (the name issue 12 uses); in WINDEV they live in the class's own code.
// Polymorphism needs dynamic instantiation: a dynamic object of the base class that holds a
// derived object calls the derived class's redefined method.
CForme est une Classe
FIN
CCercle est une Classe
	hérite de CForme
FIN
CCarré est une Classe
	hérite de CForme
FIN
tabFormes est un tableau de CForme dynamique
Ajoute(tabFormes, allouer un CCercle)
Ajoute(tabFormes, allouer un CCarré)
Ajoute(tabFormes, allouer un CForme)
POUR TOUT f DE tabFormes
	Trace(f.Nom())
FIN

PROCÉDURE CForme.Nom()
RENVOYER "forme"

PROCÉDURE CCercle.Nom()
RENVOYER "cercle"

PROCÉDURE CCarré.Nom()
RENVOYER "carré"
