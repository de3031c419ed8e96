// Help: JSONVersVariant (1000021052), Structure (1514008: assigning a structure of another type
// copies the members with the same names)
// A variant read from JSON assigned to a declared structure: the members with the same names
// (case and accents ignored) are copied and converted; the others are left as they were.
Adresse est une Structure
	Rue est une chaîne
	Ville est une chaîne
FIN
Personne est une Structure
	Nom est une chaîne
	Age est un entier
	Domicile est une Adresse
	Prénoms est un tableau de chaînes
FIN
p est une Personne = JSONVersVariant("{""nom"": ""Dupont"", ""age"": ""42"", ""domicile"": {""ville"": ""Nantes""}, ""prénoms"": [""Léa"", ""Tom""], ""inconnu"": 1}")
Trace(p.Nom, p.Age + 1, p.Domicile.Ville, p.Domicile.Rue = "", Dimension(p.Prénoms), p.Prénoms[2])

// An array of objects into an array of structures.
tPersonnes est un tableau de Personne = JSONVersVariant("[{""Nom"": ""A"", ""Age"": 1}, {""Nom"": ""B"", ""Age"": 2}]")
POUR TOUT pp DE tPersonnes
	Trace(pp.Nom, pp.Age)
FIN
