// Writing freely / écrire librement : les mots-clés ignorent la casse et les accents,
// français et anglais se mélangent, "..." prolonge une ligne, ";" sépare deux
// instructions, et les commentaires s'écrivent avec // ou /* */.

// Casse et accents : procédure / PROCEDURE / Procédure, FIN / fin / FiN
si 1 < 2 alors
	info("minuscules")
FiN
Si 2 < 3 Alors Info("Mélange") Sinon Info("jamais")
IF Vrai THEN
	Trace("anglais", "et", "français")
end

// Les noms de variables aussi : nÉlève et nEleve sont la même variable
nÉlève est un entier = 3
nEleve++
NELEVE += 10
Trace("nÉlève =", nÉlève)

// Les fonctions aussi : chaîneconstruit, CHAINECONSTRUIT, ChaîneConstruit
Trace(chaineconstruit("%1-%2", 1, 2), MAJUSCULE("abc"), taille("été"))

// ";" pour plusieurs instructions sur une ligne
a est un entier = 1; b est un entier = 2; Trace(a + b)

// "..." continue l'instruction sur la ligne suivante
nTotal est un entier = 1 + 2 + 3 + ...
	4 + 5 + ...
	6
Trace("total :", nTotal)
Info(ChaîneConstruit("%1 + %2 = %3", ...
	a, ...
	b, ...
	a + b))

/* Un commentaire de bloc
   peut couvrir plusieurs lignes,
   même au milieu du code. */
Trace(/* ici aussi */ "fin")   // et en fin de ligne

Salue("Léa")

procédure Salue(sNom)
Info("Salut " + sNom)
