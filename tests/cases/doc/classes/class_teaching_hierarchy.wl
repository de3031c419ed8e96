// Help: Classes, membres, méthodes et propriétés (6010006, https://help.windev.com/?6010006)
// Help: Héritage de classe (6010007, https://help.windev.com/?6010007)
// Help: Constructeur et destructeur (6010001, https://help.windev.com/?6010001)
// Help: Instanciation dynamique d'un objet (6010003, https://help.windev.com/?6010003)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)` (the name issue 12 uses); in WINDEV they live in the class's own code.
// Choice: the derived constructor calls the base constructor with `Constructeur CEmployé(...)` (page 6010001, section on base-class constructors)
// A small class hierarchy a teacher would show: constructor, inherited member, redefined method.
CEmployé est une Classe
	Nom est une chaîne
	Salaire est un monétaire
FIN
CManager est une Classe
	hérite de CEmployé
	Prime est un monétaire
FIN
tabPersonnel est un tableau de CEmployé dynamique
e est un CEmployé dynamique
e = allouer un CEmployé("Alice", 2000)
Ajoute(tabPersonnel, e)
m est un CManager dynamique
m = allouer un CManager("Bob", 3000)
m.Prime = 500
Ajoute(tabPersonnel, m)
Total est un monétaire
POUR TOUT p DE tabPersonnel
	Trace(p.Nom + " : " + p.Coût())
	Total += p.Coût()
FIN
Trace(Total)

PROCÉDURE CEmployé.Constructeur(sNom, mSalaire)
:Nom = sNom
:Salaire = mSalaire

PROCÉDURE CEmployé.Coût()
RENVOYER :Salaire

PROCÉDURE CManager.Constructeur(sNom, mSalaire)
Constructeur CEmployé(sNom, mSalaire)

PROCÉDURE CManager.Coût()
RENVOYER :Salaire + :Prime
