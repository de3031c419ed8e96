// Help: Instanciation dynamique d'un objet (6010003, https://help.windev.com/?6010003)
// Help: Héritage de classe (6010007, https://help.windev.com/?6010007)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)` (the name issue 12 uses); in WINDEV they live in the class's own code.
// A base-class method that calls another method gets the redefinition of the object's real class.
CForme est une Classe
FIN
CCercle est une Classe
	hérite de CForme
FIN
f est un CForme dynamique
f = allouer un CCercle
Trace(f.Décrit())

PROCÉDURE CForme.Décrit()
RENVOYER "Je suis un " + :Nom()

PROCÉDURE CForme.Nom()
RENVOYER "forme"

PROCÉDURE CCercle.Nom()
RENVOYER "cercle"
