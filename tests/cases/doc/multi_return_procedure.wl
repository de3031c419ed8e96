// Help: Opérateurs d'affectation (1515003, https://help.windev.com/?1515003)
// Help: Inférence de type (3087003, https://help.windev.com/?3087003)
// Help: Déclaration d'une procédure (1513008, https://help.windev.com/?1513008)
// Note: RENVOYER (a, b) returns several values; page 3087003 calls them 'une procédure renvoyant des valeurs multiples'.
nMin, nMax sont des entiers
(nMin, nMax) = MinMax([4, 9, 1, 7])
Trace(nMin)
Trace(nMax)

PROCÉDURE MinMax(t est un tableau d'entiers)
nBas est un entier = t[1]
nHaut est un entier = t[1]
POUR TOUT x DE t
	SI x < nBas ALORS nBas = x
	SI x > nHaut ALORS nHaut = x
FIN
RENVOYER (nBas, nHaut)
