// Help: Opérateurs d'affectation (1515003, https://help.windev.com/?1515003)
// Structure = Structure of another type: members with the same name are assigned,
// members that do not exist on the other side are ignored.
Client est une Structure
	Nom est une chaîne
	Ville est une chaîne
	Remise est un entier
FIN
Contact est une Structure
	Nom est une chaîne
	Ville est une chaîne
	Téléphone est une chaîne
FIN
c est un Client
c.Nom = "Martin"
c.Ville = "Lyon"
c.Remise = 10
k est un Contact
k.Téléphone = "0102"
k = c
Trace(k.Nom)
Trace(k.Ville)
Trace(k.Téléphone)
