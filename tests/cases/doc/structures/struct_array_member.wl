// Help: Structure (Type de variable) (1514008, https://help.windev.com/?1514008)
// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
Commande est une Structure
	Numéro est un entier
	Quantités est un tableau d'entiers
FIN
c est une Commande
c.Numéro = 12
Ajoute(c.Quantités, 3)
Ajoute(c.Quantités, 4)
Trace(c.Quantités..Occurrence)
Trace(c.Quantités[2])
