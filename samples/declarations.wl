// Déclarer des variables de chaque type, avec ou sans valeur initiale.
// Une variable déclarée sans valeur vaut 0, "" ou Faux selon son type.

nÂge est un entier = 42
rPrix est un réel = 19.99
sNom est une chaîne = "Dupont"
bMajeur est un booléen = Vrai
vQuelconque est un variant = "du texte"
Trace(nÂge, rPrix, sNom, bMajeur, vQuelconque)

// Valeurs par défaut
nCompteur est un entier
rTotal est un réel
sVide est une chaîne
bDrapeau est un booléen
Trace(nCompteur, rTotal, "[" + sVide + "]", bDrapeau)

// Plusieurs variables d'un coup : seule la DERNIÈRE reçoit la valeur.
a, b, c sont des entiers = 5
Trace(a, b, c)

// L'affectation convertit vers le type de la variable.
nÂge = "17"          // une chaîne devient un entier
rPrix = 3            // un entier devient un réel
sNom = 12.5          // un réel devient une chaîne
nCompteur = 7.9      // un réel affecté à un entier est tronqué
Trace(nÂge + 1, rPrix / 2, sNom + "!", nCompteur)

// Un variant prend le type de ce qu'on lui donne.
vQuelconque = 10
Trace(vQuelconque * 2)

// SOIT déclare une variable dont le type vient de l'expression.
SOIT x = 10 / 4
SOIT sMessage = "x vaut " + x
Info(sMessage)

// Tableaux
tabNotes est un tableau de entiers = [12, 15, 9]
tabMots est un tableau de chaînes
Ajoute(tabMots, "un")
Ajoute(tabMots, "deux")
Trace(TableauOccurrence(tabNotes), tabNotes[1], tabMots[2])
