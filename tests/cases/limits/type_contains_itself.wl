// A type whose member is of the type itself: building it used to recurse until the stack
// overflowed (found by tests/fuzz_smoke.rs). Such a member holds any value for now.
Noeud est une Classe
	valeur est un entier
	suivant est un Noeud dynamique
FIN
Maillon est une Structure
	valeur est un entier
	suivant est un Maillon dynamique
FIN
Adresse est une Structure
	Ville est une chaîne
	Domicile est une Adresse
FIN
n est un Noeud dynamique = allouer un Noeud
n.valeur = 3
n.suivant = allouer un Noeud
n.suivant.valeur = 4
Info(n.valeur, n.suivant.valeur, n.suivant.suivant = Null)
m est un Maillon
m.valeur = 5
Info(m.valeur)
a est une Adresse
a.Ville = "Nantes"
Info(a.Ville)
