// Help: Héritage de classe (6010007, https://help.windev.com/?6010007)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)`.
// Unsure: abstract methods (ABSTRAITE) were not found on a page; an abstract method has no body and must be redefined.
CForme est une Classe
FIN
CCarré est une Classe
	hérite de CForme
	Côté est un entier
FIN
f est un CForme dynamique
c est un CCarré dynamique
c = allouer un CCarré
c.Côté = 3
f = c
Trace(f.Aire())

PROCÉDURE ABSTRAITE CForme.Aire()

PROCÉDURE CCarré.Aire()
RENVOYER :Côté * :Côté
