// Manipuler des chaînes : extraction avec [[ ]] (positions à partir de 1) et les
// fonctions de chaîne usuelles, en français.

sVille est une chaîne = "Saint-Étienne"
Trace("Taille :", Taille(sVille))
Trace("1er caractère :", sVille[[1]])
Trace("caractères 7 à 13 :", sVille[[7 A 13]])
Trace("à partir du 7e :", sVille[[7 A]])

// Gauche, Milieu, Droite
Trace(Gauche(sVille, 5), Milieu(sVille, 7, 3), Droite(sVille, 7))

// Position : 0 quand la chaîne cherchée est absente
Trace(Position(sVille, "-"), Position(sVille, "Lyon"))

// Remplace et Majuscule / Minuscule
Trace(Remplace("un et un", "un", "deux"))
Trace(Majuscule("été"), Minuscule("BONJOUR"))

// SansEspace enlève les espaces autour
Trace("[" + SansEspace("   au milieu   ") + "]")

// ExtraitChaîne : le n-ième morceau d'une chaîne découpée
sCSV est une chaîne = "Martin;Paul;35"
Trace(ExtraitChaîne(sCSV, 1, ";"), ExtraitChaîne(sCSV, 2, ";"), ExtraitChaîne(sCSV, 3, ";"))

// ChaîneConstruit remplace %1, %2... par les paramètres
Info(ChaîneConstruit("%1 a %2 ans.", "Paul", 35))

// Complète et Répète pour aligner un petit tableau
Info(Complète("Article", 10) + "|" + Complète("Prix", 6) + "|")
Info(Répète("-", 18))
Info(Complète("Pomme", 10) + "|" + NumériqueVersChaîne(1.5, "6.2f") + "|")
Info(Complète("Melon", 10) + "|" + NumériqueVersChaîne(3, "6.2f") + "|")

// Conversions
Trace(Val("42") + 1, Val("3.5") * 2, NumériqueVersChaîne(7, "03d"))

// Codes des caractères
Trace(Caract(65), Asc("a"), Caract(Asc("a") + 1))

// POUR TOUTE CHAÎNE découpe une chaîne à chaque séparateur
nMot est un entier
POUR TOUTE CHAÎNE sMot DE "rouge,vert,bleu" SÉPARÉE PAR ","
	nMot++
	Trace(nMot, sMot, Taille(sMot))
FIN
