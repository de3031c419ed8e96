// Les tableaux : déclaration, indices à partir de 1, ajout, parcours, tableau passé à une
// procédure, et copie par affectation.

tabNotes est un tableau de réels = [12, 15.5, 9, 17]
Trace("nombre de notes :", TableauOccurrence(tabNotes))
Trace("première :", tabNotes[1], "dernière :", tabNotes[TableauOccurrence(tabNotes)])

Ajoute(tabNotes, 11)
Trace("après ajout :", TableauOccurrence(tabNotes), tabNotes[5])

Trace("moyenne :", Moyenne(tabNotes))
Trace("meilleure :", Meilleure(tabNotes))

// Un tableau de taille fixe, rempli par une boucle
tabCarrés est un tableau de 5 entiers
POUR i = 1 A 5
	tabCarrés[i] = i * i
FIN
sListe est une chaîne = "carrés :"
POUR TOUT n DE tabCarrés
	sListe += " " + n
FIN
Info(sListe)

// L'affectation `=` partage le tableau (aide 1515003) ; `<=` le copie : modifier la copie ne
// change pas l'original
tabCopie est un tableau de entiers
tabCopie <= tabCarrés
tabCopie[1] = 100
Trace(tabCarrés[1], tabCopie[1])

// Un tableau passé à une procédure est modifié sur place
Double(tabCarrés)
Trace(tabCarrés[1], tabCarrés[5])

PROCÉDURE Moyenne(tab est un tableau de réels)
rSomme est un réel
POUR TOUT r DE tab
	rSomme += r
FIN
RENVOYER rSomme / TableauOccurrence(tab)

PROCÉDURE Meilleure(tab)
rMax est un réel = tab[1]
POUR TOUT r DE tab
	SI r > rMax ALORS rMax = r
FIN
RENVOYER rMax

PROCÉDURE Double(tab)
POUR i = 1 A TableauOccurrence(tab)
	tab[i] = tab[i] * 2
FIN
