// Help: Classes, membres, méthodes et propriétés (6010006, https://help.windev.com/?6010006)
// Help: Héritage de classe (6010007, https://help.windev.com/?6010007)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)` (the name issue 12 uses); in WINDEV they live in the class's own code.
// Choice: inheritance is written `hérite de <Classe>` as the first line of the derived class
// A protected member is accessible in the class and in derived classes.
CBase est une Classe
	PROTÉGÉ
		m_n est un entier
FIN
CDérivée est une Classe
	hérite de CBase
FIN
d est un CDérivée
d.Fixe(3)
Trace(d.Lit())

PROCÉDURE CDérivée.Fixe(n)
:m_n = n

PROCÉDURE CDérivée.Lit()
RENVOYER :m_n
