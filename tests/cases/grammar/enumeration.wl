// ÉNUMÉRATION and COMBINAISON types: their values resolve by name, alone or after the type's.
Couleur est une Énumération
	Rouge
	Vert = 5, Bleu
FIN
Droits is Combination
	Lecture
	Écriture
END
Trace("types")
c est un Couleur = Couleur.Vert
d est un Droits = Droits.Lecture
Trace(c, d, c = Vert, d[Lecture], d[Écriture])
