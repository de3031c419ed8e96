// Help: Classes, membres, méthodes et propriétés (6010006, https://help.windev.com/?6010006)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)` (the name issue 12 uses); in WINDEV they live in the class's own code.
CCompteur est une Classe
	Valeur est un entier
FIN
c est un CCompteur
c.Ajoute(5)
c.Ajoute(2)
Trace(c.Valeur)

PROCÉDURE CCompteur.Ajoute(n)
:Valeur += n
