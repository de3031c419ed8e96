// Help: Constructeur et destructeur (6010001, https://help.windev.com/?6010001)
// Help: Héritage de classe (6010007, https://help.windev.com/?6010007)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)`.
// Unsure: destructor order in a hierarchy is not on the pages seen; derived first is assumed.
CBase est une Classe
FIN
CDérivée est une Classe
	hérite de CBase
FIN
Traitement()

PROCÉDURE Traitement()
d est un CDérivée

PROCÉDURE CBase.Destructeur()
Trace("Destructeur CBase")

PROCÉDURE CDérivée.Destructeur()
Trace("Destructeur CDérivée")
