// Help: Instruction SELON / SWITCH statement (1510008, https://help.windev.com/?1510008)
Trace(Commentaire(1))
Trace(Commentaire(2))
Trace(Commentaire(7))

PROCÉDURE Commentaire(Quantité)
Comment est une chaîne
SELON Quantité
	CAS 1 : Comment = "Profitez des promotions : 2 produits pour le prix d'un"
	CAS 2 : Comment = "Vous achetez deux produits : vous n'en payez qu'un seul"
	AUTRE CAS : Comment = ""
FIN
RENVOYER "[" + Comment + "]"
