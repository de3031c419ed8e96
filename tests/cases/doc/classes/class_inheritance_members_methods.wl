// Help: Héritage de classe (6010007, https://help.windev.com/?6010007)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)` (the name issue 12 uses); in WINDEV they live in the class's own code.
// A derived class accesses all the methods and members of its ancestors as its own.
CAnimal est une Classe
	Nom est une chaîne
FIN
CChien est une Classe
	hérite de CAnimal
	Race est une chaîne
FIN
c est un CChien
c.Nom = "Rex"
c.Race = "berger"
Trace(c.Présente())
Trace(c.Nom + ", " + c.Race)

PROCÉDURE CAnimal.Présente()
RENVOYER "Je suis " + :Nom
