// Help: Structure (Type de variable) (1514008, https://help.windev.com/?1514008)
// Help: Déclaration d'une procédure (1513008, https://help.windev.com/?1513008)
// A LOCAL parameter is a copy: the caller's structure is unchanged.
Compteur est une Structure
	n est un entier
FIN
c est un Compteur
c.n = 5
Modifie(c)
Trace(c.n)

PROCÉDURE Modifie(LOCAL cpt est un Compteur)
cpt.n = 99
Trace(cpt.n)
