// Help: Sérialise (3013065, https://help.windev.com/?3013065), Désérialise (3013066,
// https://help.windev.com/?3013066), with the psdJSON format
// A structure with a nested structure and an array into a buffer, back into another variable;
// an array of structures; an object; a string as the result; a variant.
Adresse est une Structure
	Rue est une chaîne
	Ville est une chaîne
FIN
Client est une Structure
	Nom est une chaîne
	Points est un entier
	Adresse est une Adresse
	Commandes est un tableau de entiers
FIN
c est un Client
c.Nom = "Durand"
c.Points = 120
c.Adresse.Ville = "Brest"
Ajoute(c.Commandes, 17)
Ajoute(c.Commandes, 18)
bufClient est un Buffer
Sérialise(c, bufClient, psdJSON)
Trace(bufClient)

c2 est un Client
Désérialise(c2, bufClient, psdJSON)
Trace(c2.Nom, c2.Points, c2.Adresse.Ville, Dimension(c2.Commandes), c2.Commandes[2])

// An array of structures, into a string.
tClients est un tableau de Client
Ajoute(tClients, c)
c.Nom = "Bernard"
Ajoute(tClients, c)
sJSON est une chaîne
Serialize(tClients, sJSON, psdJSON)
Trace(sJSON)
tCopie est un tableau de Client
Deserialize(tCopie, sJSON, psdJSON)
Trace(Dimension(tCopie), tCopie[1].Nom, tCopie[2].Nom, tCopie[2].Adresse.Ville)

// Members the text lacks keep their value.
c2.Points = 5
Désérialise(c2, "{""Nom"": ""Petit""}", psdJSON)
Trace(c2.Nom, c2.Points)

// An object of a class.
CCompte est une Classe
	Numéro est une chaîne
	Solde est un réel
FIN
cpt est un CCompte
Désérialise(cpt, "{""numéro"": ""FR76"", ""solde"": 10.5}", psdJSON)
Trace(cpt.Numéro, cpt.Solde)
Sérialise(cpt, sJSON, psdJSON)
Trace(sJSON)

// A variant takes whatever the text holds.
v est un Variant
Désérialise(v, "{""liste"": [1, 2, 3]}", psdJSON)
Trace(Dimension(v.liste))
