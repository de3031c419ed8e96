// SELON choisit un cas selon une valeur : plusieurs valeurs (CAS 1, 2), un intervalle
// (CAS 3 A 5), une comparaison (CAS > 10), AUTRE CAS ; une instruction peut suivre
// "CAS x:" sur la même ligne, et les deux-points sont facultatifs.

POUR nMois = 1 A 12
	Info(ChaîneConstruit("mois %1 : %2", nMois, Saison(nMois)))
FIN

POUR TOUT n DE [0, 1, 4, 7, 11, 250]
	SELON n
		CAS 0: Trace(n, "zéro")
		CAS 1, 2, 3: Trace(n, "un peu")
		CAS 4 A 9
			Trace(n, "plusieurs")
		CAS > 100
			Trace(n, "énormément")
		AUTRE CAS
			Trace(n, "beaucoup")
	FIN
FIN

// SELON fonctionne aussi sur les chaînes
sCommande est une chaîne = "stop"
SELON sCommande
	CAS "start" : Info("Démarrage")
	CAS "stop" : Info("Arrêt")
	AUTRE CAS : Info("Commande inconnue")
FIN

PROCÉDURE Saison(nMois est un entier) : chaîne
SELON nMois
	CAS 12, 1, 2 : RENVOYER "hiver"
	CAS 3 A 5 : RENVOYER "printemps"
	CAS 6 A 8 : RENVOYER "été"
	AUTRE CAS : RENVOYER "automne"
FIN
