// Help: Structure (Type de variable) (1514008, https://help.windev.com/?1514008)
// Help: Déclaration d'une procédure (1513008, https://help.windev.com/?1513008)
// Parameters are passed by reference: the procedure changes the caller's structure.
Compteur est une Structure
	n est un entier
FIN
c est un Compteur
Incrémente(c)
Incrémente(c)
Trace(c.n)

PROCÉDURE Incrémente(cpt est un Compteur)
cpt.n++
