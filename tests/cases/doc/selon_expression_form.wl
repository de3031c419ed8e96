// Help: Instruction SELON / SWITCH statement (1510008, https://help.windev.com/?1510008)
// Choice: the page feeds the values 1 to 5 of a combo box; 5 has no entry and takes SINON
Résultat1 est une chaîne = ""
POUR Valeur = 1 À 5
	Résultat1 = SELON (Valeur, "Zoé", "Emma", "Camille", "Frédéric", SINON "Pas trouvé")
	Trace(Résultat1)
FIN
