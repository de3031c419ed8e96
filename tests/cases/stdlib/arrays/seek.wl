// Help: TableauCherche (3075002)
// The index of an element equal to the value, or -1.
t est un tableau de chaînes = ["a", "b", "c", "b", "a"]
Info(TableauCherche(t, tcLinéaire, "b"), TableauCherche(t, tcLinéairePremier, "b"), TableauCherche(t, tcLinéaireDernier, "b"))
Info(TableauCherche(t, tcLinéaireSuivant, "b", 2), TableauCherche(t, tcLinéairePrécédent, "b", 4))
Info(TableauCherche(t, tcLinéaire, "z"), TableauCherche(t, tcLinéaire, "a", 2))
// Dichotomic search: the array must be sorted in ascending order.
n est un tableau de entiers = [1, 3, 3, 7, 9, 12]
Info(TableauCherche(n, tcDichotomique, 3), TableauCherche(n, tcDichotomique, 12), TableauCherche(n, asBinary, 4))
vide est un tableau de entiers
Info(TableauCherche(vide, tcDichotomique, 1), TableauCherche(vide, asLinear, 1))
QUAND EXCEPTION DANS
	Info(TableauCherche(t, 42, "a"))
FAIRE
	Info(ExceptionInfo())
FIN
