// Help: Structure (Type de variable) (1514008, https://help.windev.com/?1514008)
// The help page's example, with `chaîne` instead of `chaîne fixe sur 10` (see unsure/struct_fixed_string).
RefProduit est une Structure
	CodeF est un entier
	CodePr est une chaîne
FIN
Fauteuil est une RefProduit
Fauteuil:CodeF = 7
Fauteuil:CodePr = "Meuble"
Trace(Fauteuil:CodeF)
Trace(Fauteuil:CodePr)
