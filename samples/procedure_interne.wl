// Les procédures internes : déclarées dans le corps d'un traitement avec PROCÉDURE INTERNE
// ... FIN, elles sont sautées par l'exécution normale, peuvent être appelées avant leur
// déclaration et voient les variables locales de la procédure qui les contient.

Facture("Dupont")

PROCÉDURE Facture(sClient est une chaîne)
rTotal est un réel = 0
tabLignes est un tableau de chaînes

// Appelées avant d'être déclarées plus bas
AjouteLigne("Clavier", 2, 25)
AjouteLigne("Souris", 1, 12.5)
AjouteLigne("Écran", 1, 149.9)

Info("Facture " + sClient)
POUR TOUT sLigne DE tabLignes
	Info(sLigne)
FIN
Info("Total : " + rTotal)

	// Elle lit et modifie rTotal et tabLignes, variables locales de Facture
	PROCÉDURE INTERNE AjouteLigne(sArticle, nQuantité, rPrix)
		rLigne est un réel = nQuantité * rPrix
		rTotal += rLigne
		Ajoute(tabLignes, ChaîneConstruit("  %1 x %2 = %3", nQuantité, sArticle, rLigne))
	FIN
