// Help: Structure (Type de variable) (1514008, https://help.windev.com/?1514008)
// Help: Autres opérateurs (1512004, https://help.windev.com/?1512004)
// Current help pages write member access with a dot; the colon form is the older one.
RefProduit est une Structure
	CodeF est un entier
	CodePr est une chaîne
FIN
Fauteuil est une RefProduit
Fauteuil.CodeF = 7
Fauteuil.CodePr = "Meuble"
Trace(Fauteuil.CodeF + 1)
Trace(Fauteuil:CodePr + "!")
