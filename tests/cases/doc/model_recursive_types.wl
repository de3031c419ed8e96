// Choice: a member of the type being declared (a linked list's `suivant`, a tree's array of
// children, a dynamic member) holds values of that type as a variant: its members are found when
// running. One by value is refused (tests/cases/names/contains_itself_by_value.wl).
CNoeud est une Classe
	valeur est un entier
	suivant est un CNoeud dynamique
FIN
tête est un CNoeud dynamique = Null
POUR i = 3 _À_ 1 PAS -1
	n est un CNoeud dynamique = allouer un CNoeud
	n.valeur = i * 10
	n.suivant = tête
	tête = n
FIN
p est un CNoeud dynamique = tête
TANTQUE p <> Null
	Trace(p.valeur)
	p = p.suivant
FIN
Arbre est une Structure
	nom est une chaîne
	enfants est un tableau de Arbre
FIN
a est un Arbre
a.nom = "racine"
f est un Arbre
f.nom = "feuille"
Ajoute(a.enfants, f)
Trace(a.nom, a.enfants..Occurrence, a.enfants[1].nom, a.enfants[1].enfants..Occurrence)
Soi est une Classe
	moi est un Soi dynamique
FIN
s est un Soi
Trace(s.moi = Null)
