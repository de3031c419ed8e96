// Help: Constructeur et destructeur (6010001, https://help.windev.com/?6010001)
// Help: Héritage de classe (6010007, https://help.windev.com/?6010007)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)`.
// Unsure: page 6010001 has a section on base-class constructors (cut): a base constructor without parameters is assumed to run automatically, before the derived one.
CBase est une Classe
FIN
CDérivée est une Classe
	hérite de CBase
FIN
d est un CDérivée

PROCÉDURE CBase.Constructeur()
Trace("Constructeur CBase")

PROCÉDURE CDérivée.Constructeur()
Trace("Constructeur CDérivée")
