// Help: Enumération (Type de variable) (1514067, https://help.windev.com/?1514067)
// Unsure: page 1514067 has sections 'Valeurs associées' and 'Propriétés associées' (cut): `Nom = valeur` associated values and the ..Nom/..Valeur properties are from memory.
TypeRobot est une Enumération
	Marche = "M"
	Arrêté = "A"
FIN
p est un TypeRobot = Arrêté
Trace(p..Nom)
Trace(p..Valeur)
