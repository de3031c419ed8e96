// Help: Classes, membres, méthodes et propriétés (6010006, https://help.windev.com/?6010006)
// Help: Les différents types d'entiers (1514049, https://help.windev.com/?1514049)
CCompte est une Classe
	Numéro est un entier
	Titulaire est une chaîne
	Solde est un monétaire
FIN
c est un CCompte
Trace(c.Numéro)
Trace("[" + c.Titulaire + "]")
Trace(c.Solde)
