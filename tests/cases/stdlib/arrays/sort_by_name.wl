// Help: TableauTrie (Fonction) (1000017364)
// The comparison procedure may also be given by its name.
t est un tableau de entiers = [3, 1, 2]
TableauTrie(t, ttFonction, "Décroissant")
Trace(t[1], t[2], t[3])

PROCÉDURE Décroissant(a, b)
SI a > b ALORS RENVOYER -1
SI a < b ALORS RENVOYER 1
RENVOYER 0
