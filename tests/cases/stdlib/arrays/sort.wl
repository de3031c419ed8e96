// Help: Tri / TableauTrie (1000017364)
// The page's example: a one-dimension array sorted in ascending order.
MonTableau est un tableau de 2 entiers
MonTableau[1] = 4
MonTableau[2] = 1
TableauTrie(MonTableau, ttCroissant)
Trace(MonTableau[1], MonTableau[2])
t est un tableau de chaînes = ["poire", "Pomme", "abricot", "banane"]
TableauTrie(t)
Info(TableauVersChaîne(t, ", "))
TableauTrie(t, ttDécroissant)
Info(TableauVersChaîne(t, ", "))
n est un tableau de réels = [3.5, -1, 10, 2]
TableauTrie(n, asDescending)
Info(TableauVersChaîne(n, " "))
// A comparison procedure: negative, 0 or positive. The sort is stable.
mots est un tableau de chaînes = ["ccc", "a", "bb", "dd", "e"]
TableauTrie(mots, ttFonction, ParTaille)
Info(TableauVersChaîne(mots, " "))
PROCÉDURE INTERNE Inverse(a, b)
	RENVOYER -ParTaille(a, b)
FIN
TableauTrie(mots, ttFonction, Inverse)
Info(TableauVersChaîne(mots, " "))
vide est un tableau de entiers
TableauTrie(vide)
Info(TableauOccurrence(vide))

PROCÉDURE ParTaille(Elément1, Elément2)
SI Taille(Elément1) < Taille(Elément2) ALORS RENVOYER -1
SI Taille(Elément1) > Taille(Elément2) ALORS RENVOYER 1
RENVOYER 0
