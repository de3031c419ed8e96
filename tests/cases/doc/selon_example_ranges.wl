// Help: Instruction SELON / SWITCH statement (1510008, https://help.windev.com/?1510008)
POUR TOUT q DE [1, 8, 9, 10, 11, 20, 21]
	Trace(Commentaire(q))
FIN

PROCÉDURE Commentaire(Quantité)
Comment est une chaîne = "?"
SELON Quantité
	CAS À 8: // Valeur inférieure ou égale à 8
		Comment = "Un cadeau pour tout achat"
	CAS 9,10: // Valeur égale à 9 ou 10
		Comment = "Profitez des promotions : 2 produits pour le prix d'un"
	CAS 11 À 20 // Valeur comprise entre 11 et 20 (inclus)
		Comment = "Vous achetez deux produits : vous n'en payez qu'un seul"
	CAS > 20: // Valeur supérieure à 20
		Comment = ""
FIN
RENVOYER "[" + Comment + "]"
