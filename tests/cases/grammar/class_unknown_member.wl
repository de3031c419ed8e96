// A member that the class (or its ancestors) does not declare, an unknown parent, a method of an
// unknown class: reported before running.
Base est une Classe
	n est un entier
FIN
Fille est une Classe
	hérite de Base
FIN
Autre est une Classe
	hérite de Inconnue
FIN
PROCÉDURE Fille.Lit()
RENVOYER :n + :absent
PROCÉDURE Nulle.Part()
