// Help: Classes, membres, méthodes et propriétés (6010006, https://help.windev.com/?6010006)
// Help: Autres opérateurs (1512004, https://help.windev.com/?1512004)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)` (the name issue 12 uses); in WINDEV they live in the class's own code.
// Choice: `GLOBAL` on its own line inside the class starts a section of class members (as PRIVÉ/PUBLIC do for access)
// A GLOBAL member belongs to the class, not to each object; `::` reaches it.
CCompteur est une Classe
	GLOBAL
		NbInstances est un entier
	PUBLIC
		Id est un entier
FIN
a est un CCompteur
b est un CCompteur
Trace(CCompteur::NbInstances)
Trace(a.Id)
Trace(b.Id)

PROCÉDURE CCompteur.Constructeur()
CCompteur::NbInstances++
:Id = CCompteur::NbInstances
