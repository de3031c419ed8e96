// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
// POUR TOUT ÉLÉMENT <valeur>, <clé> DE <tableau>: the second variable receives the key.
taTaille est un tableau associatif d'entiers
taTaille["Fichier1.txt"] = 120
sFichier est une chaîne
nTaille est un entier
POUR TOUT ÉLÉMENT nTaille, sFichier DE taTaille
	Trace(ChaîneConstruit("%1 : %2", sFichier, nTaille))
FIN
