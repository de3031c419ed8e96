// Help: Allouer (Mot-clé) (1511011, https://help.windev.com/?1511011)
// Help: Structure (Type de variable) (1514008, https://help.windev.com/?1514008)
RefProduit est une Structure
	CodeF est un entier
	CodePr est une chaîne
FIN
Fauteuil est une RefProduit dynamique
Fauteuil = allouer une RefProduit
Fauteuil:CodeF = 7
Fauteuil:CodePr = "Meuble"
Trace(Fauteuil:CodeF)
Trace(Fauteuil:CodePr)
