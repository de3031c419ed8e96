// Help: Constructeur et destructeur (6010001, https://help.windev.com/?6010001)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)` (the name issue 12 uses); in WINDEV they live in the class's own code.
// <NomObjet> est [un] [objet] <Nom Classe> ([<Paramètres>]) calls the constructor with the parameters.
CPoint est une Classe
	x est un entier
	y est un entier
FIN
p est un CPoint(3, 4)
Trace(p.x)
Trace(p.y)

PROCÉDURE CPoint.Constructeur(nX, nY)
:x = nX
:y = nY
