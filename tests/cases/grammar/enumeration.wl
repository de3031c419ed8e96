// ÉNUMÉRATION and COMBINAISON types: their values resolve by name; a variable of the type stops
// the run, naming the construct.
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
