// Les boucles en français. POUR : pas positif ou négatif avec PAS, et la différence entre
// A, dont la borne est réévaluée à chaque tour, et _A_, dont la borne est calculée une
// seule fois. Puis TANTQUE, BOUCLE avec SORTIR / CONTINUER, et BOUCLE(n).

// Table de multiplication de 7
POUR i = 1 A 5
	Info(ChaîneConstruit("7 x %1 = %2", i, 7 * i))
FIN

// Compter de 2 en 2
sPairs est une chaîne = "Pairs :"
POUR i = 0 A 10 PAS 2
	sPairs += " " + i
FIN
Info(sPairs)

// Compte à rebours : pas négatif
sRebours est une chaîne
POUR i = 5 A 1 PAS -1
	sRebours += i + "... "
FIN
Info(sRebours + "partez !")

// A : la borne est relue à chaque tour, la boucle voit la liste grandir
tabFile est un tableau de chaînes = ["a", "b"]
POUR i = 1 A TableauOccurrence(tabFile)
	SI tabFile[i] = "a" ALORS Ajoute(tabFile, "c")
	Trace("A   :", i, tabFile[i])
FIN

// _A_ : la borne est calculée une seule fois, au début
tabFile = ["a", "b"]
POUR i = 1 _A_ TableauOccurrence(tabFile)
	SI tabFile[i] = "a" ALORS Ajoute(tabFile, "c")
	Trace("_A_ :", i, tabFile[i])
FIN

// Boucles imbriquées : un petit triangle
POUR nLigne = 1 A 4
	Info(Répète("*", nLigne))
FIN

// TANTQUE : tant que la condition est vraie
nPuissance est un entier = 1
TANTQUE nPuissance < 100
	nPuissance *= 3
FIN
Trace("première puissance de 3 après 100 :", nPuissance)

// BOUCLE tourne jusqu'à SORTIR ; CONTINUER passe au tour suivant
n est un entier = 0
sImpairs est une chaîne = "impairs :"
BOUCLE
	n++
	SI n > 9 ALORS SORTIR
	SI n % 2 = 0 ALORS CONTINUER
	sImpairs += " " + n
FIN
Info(sImpairs)

// BOUCLE(n) : exactement n tours
BOUCLE(3)
	Info("hip hip hourra")
FIN
