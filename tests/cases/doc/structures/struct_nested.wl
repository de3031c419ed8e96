// Help: Structure (Type de variable) (1514008, https://help.windev.com/?1514008)
// Note: A nested structure member is part of the value: copying the outer structure copies it too.
Adresse est une Structure
	Rue est une chaîne
	Ville est une chaîne
FIN
Personne est une Structure
	Nom est une chaîne
	Domicile est une Adresse
FIN
p est une Personne
p.Nom = "Durand"
p.Domicile.Ville = "Nantes"
Trace(p.Domicile.Ville)
q est une Personne
q = p
q.Domicile.Ville = "Brest"
Trace(p.Domicile.Ville)
Trace(q.Domicile.Ville)
