// Help: Héritage de classe (6010007, https://help.windev.com/?6010007)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)`.
// Unsure: page 6010007 lists three syntaxes to call a method of the base class but the excerpt stops before them; `Ancêtre.Méthode()` is one candidate (see class_call_base_double_colon for the other).
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
RENVOYER "Ouaf " + Ancêtre.Cri()
