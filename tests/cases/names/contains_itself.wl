// A class or structure may refer to itself through a dynamic member (a linked list); a member
// of its own type by value is an error (it would contain itself without end).
CNoeud est une Classe
	valeur est un entier
	suivant est un CNoeud dynamique
FIN
tete est un CNoeud dynamique = NULL
POUR i = 1 A 3
	n est un CNoeud dynamique = allouer un CNoeud
	n.valeur = i
	n.suivant = tete
	tete = n
FIN
p est un CNoeud dynamique = tete
TANTQUE p <> Null
	Trace(p.valeur)
	p = p.suivant
FIN
