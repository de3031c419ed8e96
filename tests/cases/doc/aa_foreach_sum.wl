// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
// Note: Sums only, so the case does not depend on the iteration order (see unsure/aa_iteration_order).
taStock est un tableau associatif d'entiers
taStock["pommes"] = 3
taStock["poires"] = 4
taStock["prunes"] = 5
nTotal est un entier
nNbClés est un entier
POUR TOUT ÉLÉMENT n, sClé DE taStock
	nTotal += n
	nNbClés += Taille(sClé)
FIN
Trace(nTotal)
Trace(nNbClés)
