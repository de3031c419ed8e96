// Prélude de wlang : fonctions mathématiques du WLangage écrites en WLangage, à partir des fonctions
// que wlang fournit déjà. Chaque procédure porte le numéro de sa page d'aide (help.windev.com,
// doc.pcsoft.fr : ?<numéro>) et, dans son attribut <en>, son nom anglais. Les fonctions
// trigonométriques dont le nom anglais est déjà une fonction de wlang (Cos, Sin, ArcCos, ArcSin,
// ArcTan) n'ont pas d'attribut <en>.
// « choix » marque un comportement que la page d'aide n'a pas pu confirmer.

// ?3050064 EstPair / IsEven
// Vrai si le nombre est un entier pair (un nombre non entier n'est ni pair ni impair).
PROCÉDURE EstPair(nNombre) <en = "IsEven">
RENVOYER Modulo(nNombre, 2) = 0

// ?3050015 EstImpair / IsOdd
// Vrai si le nombre est un entier impair (un nombre non entier n'est ni pair ni impair).
PROCÉDURE EstImpair(nNombre) <en = "IsOdd">
RENVOYER Abs(Modulo(nNombre, 2)) = 1

// ?1000019409 Factorielle / Factorial
// n! (un entier jusqu'à 20!, un réel au-delà) ; 0 pour un nombre négatif (choix).
PROCÉDURE Factorielle(nNombre) <en = "Factorial">
SI nNombre < 0 ALORS RENVOYER 0
vRésultat est un variant = 1
POUR i = 2 _A_ PartieEntière(nNombre)
	vRésultat = vRésultat * i
FIN
RENVOYER vRésultat

// ?1410088706 ArrondiAuMultiple / RoundToMultiple
// Arrondit au multiple le plus proche (comme Arrondi : la moitié s'éloigne de zéro) ; un multiple
// nul renvoie la valeur telle quelle (choix).
PROCÉDURE ArrondiAuMultiple(nValeur, nMultiple) <en = "RoundToMultiple">
SI nMultiple = 0 ALORS RENVOYER nValeur
RENVOYER Arrondi(nValeur / nMultiple) * nMultiple

// ?3014018 PoidsFaible / LoWord
// Les 16 bits de poids faible d'un entier.
PROCÉDURE PoidsFaible(nEntier) <en = "LoWord">
RENVOYER nEntier & 0xFFFF

// ?3014017 PoidsFort / HiWord
// Les 16 bits de poids fort d'un entier sur 4 octets.
PROCÉDURE PoidsFort(nEntier) <en = "HiWord">
RENVOYER (nEntier bitDécaleDroite 16) & 0xFFFF

// ?3050010 ETBinaire / BitwiseAND
// ET bit à bit de deux entiers (l'opérateur &).
PROCÉDURE ETBinaire(nValeur1, nValeur2) <en = "BitwiseAND">
RENVOYER nValeur1 & nValeur2

// ?3050038 OUBinaire / BitwiseOR
// OU bit à bit de deux entiers (l'opérateur |).
PROCÉDURE OUBinaire(nValeur1, nValeur2) <en = "BitwiseOR">
RENVOYER nValeur1 | nValeur2

// ?3050023 OUExclusifBinaire / BitwiseXOR
// OU exclusif bit à bit de deux entiers (l'opérateur ||).
PROCÉDURE OUExclusifBinaire(nValeur1, nValeur2) <en = "BitwiseXOR">
RENVOYER nValeur1 || nValeur2

// ?3050011 NONBinaire / BitwiseNOT
// NON bit à bit d'un entier (l'opérateur ~).
PROCÉDURE NONBinaire(nValeur) <en = "BitwiseNOT">
RENVOYER ~nValeur

// ?3050062 Cosinus / Cos
// Cosinus d'un angle en degrés (nom français de Cos).
PROCÉDURE Cosinus(nAngle)
RENVOYER Cos(nAngle)

// ?3050009 Sinus / Sin
// Sinus d'un angle en degrés (nom français de Sin).
PROCÉDURE Sinus(nAngle)
RENVOYER Sin(nAngle)

// ?3050014 Tang / Tangent
// Tangente d'un angle en degrés (nom français de Tan).
PROCÉDURE Tang(nAngle) <en = "Tangent">
RENVOYER Tan(nAngle)

// ?3050013 CoTang / CoTan
// Cotangente d'un angle en degrés (1 / tangente).
PROCÉDURE CoTang(nAngle) <en = "CoTan">
RENVOYER 1 / Tan(nAngle)

// ?3050067 ArcCosinus / ArcCos
// Angle en degrés dont le cosinus est donné (nom français d'ArcCos).
PROCÉDURE ArcCosinus(nValeur)
RENVOYER ArcCos(nValeur)

// ?3050066 ArcSinus / ArcSin
// Angle en degrés dont le sinus est donné (nom français d'ArcSin).
PROCÉDURE ArcSinus(nValeur)
RENVOYER ArcSin(nValeur)

// ?3050065 ArcTang / ArcTan
// Angle en degrés dont la tangente est donnée (nom français d'ArcTan).
PROCÉDURE ArcTang(nValeur)
RENVOYER ArcTan(nValeur)

// ?3050035 StatSomme / StatSum
// Somme des éléments d'un tableau.
PROCÉDURE StatSomme(tValeurs) <en = "StatSum">
vSomme est un variant = 0
POUR TOUT vValeur DE tValeurs
	vSomme = vSomme + vValeur
FIN
RENVOYER vSomme

// ?3050036 StatMoyenne / StatAverage
// Moyenne des éléments d'un tableau ; 0 pour un tableau vide (choix).
PROCÉDURE StatMoyenne(tValeurs) <en = "StatAverage">
SI TableauOccurrence(tValeurs) = 0 ALORS RENVOYER 0
RENVOYER StatSomme(tValeurs) / TableauOccurrence(tValeurs)

// ?3050037 StatMin / StatMin
// Plus petit élément d'un tableau ; 0 pour un tableau vide (choix).
PROCÉDURE StatMin(tValeurs) <en = "StatMin">
SI TableauOccurrence(tValeurs) = 0 ALORS RENVOYER 0
vMin est un variant = tValeurs[1]
POUR TOUT vValeur DE tValeurs
	SI vValeur < vMin ALORS vMin = vValeur
FIN
RENVOYER vMin

// ?3050034 StatMax / StatMax
// Plus grand élément d'un tableau ; 0 pour un tableau vide (choix).
PROCÉDURE StatMax(tValeurs) <en = "StatMax">
SI TableauOccurrence(tValeurs) = 0 ALORS RENVOYER 0
vMax est un variant = tValeurs[1]
POUR TOUT vValeur DE tValeurs
	SI vValeur > vMax ALORS vMax = vValeur
FIN
RENVOYER vMax

// ?3050033 StatVariance / StatVariance
// Variance d'échantillon des éléments d'un tableau (somme des carrés des écarts / (n - 1), comme
// VAR dans un tableur : choix) ; 0 pour moins de deux éléments.
PROCÉDURE StatVariance(tValeurs) <en = "StatVariance">
nNombre est un entier = TableauOccurrence(tValeurs)
SI nNombre < 2 ALORS RENVOYER 0
RENVOYER StatVarianceP(tValeurs) * nNombre / (nNombre - 1)

// ?3050030 StatVarianceP / StatVarianceP
// Variance de population des éléments d'un tableau (somme des carrés des écarts / n) ; 0 si vide.
PROCÉDURE StatVarianceP(tValeurs) <en = "StatVarianceP">
nNombre est un entier = TableauOccurrence(tValeurs)
SI nNombre = 0 ALORS RENVOYER 0
nMoyenne est un réel = StatMoyenne(tValeurs)
nSomme est un réel = 0
POUR TOUT vValeur DE tValeurs
	nSomme += (vValeur - nMoyenne) * (vValeur - nMoyenne)
FIN
RENVOYER nSomme / nNombre

// ?3050025 StatEcartType / StatStandardDeviation
// Écart type d'échantillon (racine de StatVariance).
PROCÉDURE StatEcartType(tValeurs) <en = "StatStandardDeviation">
RENVOYER Racine(StatVariance(tValeurs))

// ?3050026 StatEcartTypeP / StatStandardDeviationP
// Écart type de population (racine de StatVarianceP).
PROCÉDURE StatEcartTypeP(tValeurs) <en = "StatStandardDeviationP">
RENVOYER Racine(StatVarianceP(tValeurs))

// ?3050024 StatEcartMoyen / StatAverageDeviation
// Moyenne des écarts absolus à la moyenne des éléments d'un tableau ; 0 si vide.
PROCÉDURE StatEcartMoyen(tValeurs) <en = "StatAverageDeviation">
nNombre est un entier = TableauOccurrence(tValeurs)
SI nNombre = 0 ALORS RENVOYER 0
nMoyenne est un réel = StatMoyenne(tValeurs)
nSomme est un réel = 0
POUR TOUT vValeur DE tValeurs
	nSomme += Abs(vValeur - nMoyenne)
FIN
RENVOYER nSomme / nNombre
