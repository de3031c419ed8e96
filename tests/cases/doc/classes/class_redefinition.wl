// Help: Héritage de classe (6010007, https://help.windev.com/?6010007)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)` (the name issue 12 uses); in WINDEV they live in the class's own code.
// A method redefined in the derived class replaces the ancestor's one for objects of the derived class.
CForme est une Classe
FIN
CCarré est une Classe
	hérite de CForme
	Côté est un entier
FIN
f est un CForme
c est un CCarré
c.Côté = 3
Trace(f.Nom())
Trace(c.Nom())

PROCÉDURE CForme.Nom()
RENVOYER "forme"

PROCÉDURE CCarré.Nom()
RENVOYER "carré de " + :Côté
