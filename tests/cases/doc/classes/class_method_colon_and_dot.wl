// Help: Classes, membres, méthodes et propriétés (6010006, https://help.windev.com/?6010006)
// Help: Autres opérateurs (1512004, https://help.windev.com/?1512004)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)` (the name issue 12 uses); in WINDEV they live in the class's own code.
// The colon calls a method of an object; current help pages also use the dot.
CRectangle est une Classe
	Largeur est un entier
	Hauteur est un entier
FIN
r est un CRectangle
r:Largeur = 3
r:Hauteur = 4
Trace(r:Surface())
Trace(r.Surface())

PROCÉDURE CRectangle.Surface()
RENVOYER :Largeur * :Hauteur
