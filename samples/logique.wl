// Opérateurs logiques : ET / OU évaluent toujours leurs deux côtés, _ET_ / _OU_ s'arrêtent
// dès que le résultat est connu (évaluation court-circuit). PAS inverse une condition.
// ET et OU ont la même priorité : mettez des parenthèses.

Trace("Vrai ET Faux :", Vrai ET Faux, "Vrai OU Faux :", Vrai OU Faux)
Trace("PAS Vrai :", PAS Vrai, "PAS (1 > 2) :", PAS (1 > 2))

Info("--- ET : les deux côtés sont évalués")
SI Teste("A", Faux) ET Teste("B", Vrai) ALORS Info("jamais")

Info("--- _ET_ : B n'est pas évalué, A est déjà faux")
SI Teste("A", Faux) _ET_ Teste("B", Vrai) ALORS Info("jamais")

Info("--- OU : les deux côtés sont évalués")
SI Teste("A", Vrai) OU Teste("B", Faux) ALORS Info("au moins un")

Info("--- _OU_ : B n'est pas évalué, A est déjà vrai")
SI Teste("A", Vrai) _OU_ Teste("B", Faux) ALORS Info("au moins un")

// Utilité de _ET_ : protéger un accès hors limites
tab est un tableau de entiers = [4, 8]
n est un entier = 3
SI n <= TableauOccurrence(tab) _ET_ tab[n] > 5 ALORS
	Info("grand")
SINON
	Info("indice " + n + " absent ou valeur trop petite")
FIN

// Same in English: AND, OR, _AND_, _OR_, NOT
IF (1 < 2 AND 2 < 3) _OR_ Teste("C", True) THEN Trace("english ok")
Trace(NOT False)

PROCÉDURE Teste(sNom, bValeur)
Trace("  évalue", sNom)
RENVOYER bValeur
