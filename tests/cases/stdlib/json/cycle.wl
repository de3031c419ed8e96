// Help: VariantVersJSON (1000021051): an object that refers to itself cannot be written (the
// nesting is bounded), it stops the script with an error instead of running forever.
CNoeud est une Classe
	Nom est une chaîne
	Suivant est un CNoeud dynamique
FIN
n est un CNoeud dynamique = allouer un CNoeud
n.Nom = "boucle"
n.Suivant = n
Trace(VariantVersJSON(n))
