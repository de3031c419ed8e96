// Prélude de wlang : fonctions de tableaux du WLangage écrites en WLangage, à partir des fonctions
// que wlang fournit déjà (tableaux à une dimension). Chaque procédure porte le numéro de sa page
// d'aide (help.windev.com, doc.pcsoft.fr : ?<numéro>) et, dans son attribut <en>, son nom anglais.
// « choix » marque un comportement que la page d'aide n'a pas pu confirmer.

// ?1410091041 TableauContient / ArrayContain
// Vrai si le tableau contient la valeur (comparée comme le fait TableauCherche).
PROCÉDURE TableauContient(tTableau, vValeur) <en = "ArrayContain">
RENVOYER TableauCherche(tTableau, tcLinéaire, vValeur) <> -1

// ?1000019422 TableauSupprimeDoublon / ArrayDeleteDuplicate
// Supprime du tableau les éléments déjà présents avant eux (le premier de chaque valeur reste, à
// sa place).
PROCÉDURE TableauSupprimeDoublon(tTableau) <en = "ArrayDeleteDuplicate">
i est un entier = 2
TANTQUE i <= TableauOccurrence(tTableau)
	SI TableauCherche(tTableau, tcLinéaire, tTableau[i]) < i ALORS
		TableauSupprime(tTableau, i)
	SINON
		i++
	FIN
FIN

// ?1000020483 TableauEchangeLigne / ArraySwapLine
// Échange deux éléments d'un tableau (un indice hors du tableau est une erreur).
PROCÉDURE TableauEchangeLigne(tTableau, nIndice1, nIndice2) <en = "ArraySwapLine">
vÉlément est un variant = tTableau[nIndice1]
tTableau[nIndice1] = tTableau[nIndice2]
tTableau[nIndice2] = vÉlément

// ?1000017013 TableauAjouteTrié / ArrayAddSorted
// Insère une valeur dans un tableau trié par ordre croissant, après les valeurs égales, et renvoie
// son indice.
PROCÉDURE TableauAjouteTrié(tTableau, vValeur) <en = "ArrayAddSorted">
nIndice est un entier = 1
TANTQUE nIndice <= TableauOccurrence(tTableau) _ET_ tTableau[nIndice] <= vValeur
	nIndice++
FIN
TableauInsère(tTableau, nIndice, vValeur)
RENVOYER nIndice

// ?1000017354 Supprime / Delete
// Supprime l'élément d'indice donné d'un tableau (la forme tableau de la fonction générique).
PROCÉDURE Supprime(tTableau, nIndice) <en = "Delete">
TableauSupprime(tTableau, nIndice)

// ?1000017357 SupprimeTout / DeleteAll
// Supprime tous les éléments d'un tableau (la forme tableau de la fonction générique).
PROCÉDURE SupprimeTout(tTableau) <en = "DeleteAll">
TableauSupprimeTout(tTableau)
