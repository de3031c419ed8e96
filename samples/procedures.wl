// Les procédures : paramètres passés par référence (par défaut) ou par valeur (LOCAL),
// paramètres typés, valeurs par défaut, RENVOYER, et les variables du code principal
// visibles dans les procédures globales.

nAppels est un entier = 0     // variable globale : visible dans les procédures

// Passage par référence : la procédure modifie la variable de l'appelant
nSolde est un entier = 100
Créditer(nSolde, 50)
Trace("après Créditer :", nSolde)

// LOCAL : la procédure travaille sur une copie
Simuler(nSolde, 1000)
Trace("après Simuler :", nSolde)

// Une expression n'est pas une variable : rien à modifier chez l'appelant
Créditer(nSolde + 1, 5)
Trace("après Créditer(expression) :", nSolde)

// Un élément de tableau passe aussi par référence
tabComptes est un tableau de entiers = [10, 20]
Créditer(tabComptes[2], 5)
Trace("tabComptes[2] :", tabComptes[2])

// Paramètres typés et valeurs par défaut
Info(Prix(10))
Info(Prix(10, 5.5))
Info(Prix(10, 20, "$"))

// Un paramètre typé convertit la valeur reçue
Trace(Carré("7"))

Trace("procédures appelées :", nAppels)

PROCÉDURE Créditer(nCompte, nMontant)
nAppels++
nCompte += nMontant

PROCÉDURE Simuler(LOCAL nCompte, nMontant)
nAppels++
nCompte += nMontant
Trace("dans Simuler :", nCompte)

PROCÉDURE Prix(rHT est un réel, rTVA est un réel = 20, sDevise est une chaîne = "€")
nAppels++
RENVOYER ChaîneConstruit("%1 HT = %2 %3 TTC", rHT, rHT * (1 + rTVA / 100), sDevise)

PROCÉDURE Carré(n est un entier) : entier
nAppels++
RENVOYER n * n
