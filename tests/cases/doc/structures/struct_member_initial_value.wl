// Help: Structure (Type de variable) (1514008, https://help.windev.com/?1514008)
// Unsure: member initial values in a structure declaration were not in the excerpt of page 1514008.
Réglages est une Structure
	Largeur est un entier = 80
	Titre est une chaîne = "sans titre"
FIN
r est un Réglages
Trace(r.Largeur)
Trace(r.Titre)
