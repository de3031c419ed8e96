// Les conditions : SI / SINON SI / SINON, le SI sur une ligne, ALORS facultatif en fin
// de ligne, les comparaisons et l'égalité souple ~=.

POUR TOUT rNote DE [17.5, 14, 12.5, 10, 8]
	Trace(rNote, Mention(rNote))
FIN

// SI sur une seule ligne, avec ou sans SINON
nStock est un entier = 3
SI nStock = 0 ALORS Info("Rupture de stock") SINON Info("En stock : " + nStock)
SI nStock < 5 ALORS Info("Pensez à commander")

// Comparaisons de chaînes : = est exact, ~= ignore la casse et les espaces autour
sRéponse est une chaîne = "  OUI "
SI sRéponse = "oui" ALORS Info("= : identiques") SINON Info("= : différentes")
SI sRéponse ~= "oui" ALORS Info("~= : identiques") SINON Info("~= : différentes")

// Une chaîne qui contient un nombre se compare comme un nombre
SI "12" = 12 ALORS Info("""12"" = 12 (les guillemets se doublent)")
SI "abc" < "abd" ALORS Info("abc vient avant abd")
SI 3 <> 4 ALORS Info("3 <> 4")

// Un nombre sert de condition : 0 est faux, le reste est vrai
SI nStock ALORS Info("nStock n'est pas nul")

PROCÉDURE Mention(rNote est un réel) : chaîne
SI rNote >= 16 ALORS
	RENVOYER "Très bien"
SINON SI rNote >= 14 ALORS
	RENVOYER "Bien"
SINON SI rNote >= 12   // ALORS peut être omis avant la fin de ligne
	RENVOYER "Assez bien"
SINON SI rNote >= 10
	RENVOYER "Passable"
SINON
	RENVOYER "Ajourné"
FIN
