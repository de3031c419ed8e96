// Help: Héritage de classe (6010007, https://help.windev.com/?6010007)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)`.
// Unsure: candidate syntax `<Classe de base>::<Méthode>()` for calling the ancestor's method (page 6010007, cut).
CAnimal est une Classe
FIN
CChien est une Classe
	hérite de CAnimal
FIN
c est un CChien
Trace(c.Cri())

PROCÉDURE CAnimal.Cri()
RENVOYER "..."

PROCÉDURE CChien.Cri()
RENVOYER "Ouaf " + CAnimal::Cri()
