// Help: Structure (Type de variable) (1514008, https://help.windev.com/?1514008)
// Unsure: the help's own example uses `chaîne fixe sur 10`; whether reading it gives the padded 10 characters or the trimmed text is not on the pages seen. Expected here: trimmed (WINDEV's fixed strings are filled with binary zeros, which end the string).
RefProduit est une Structure
	CodeF est un entier
	CodePr est une chaîne fixe sur 10
FIN
Fauteuil est une RefProduit
Fauteuil:CodePr = "Meuble"
Trace("[" + Fauteuil:CodePr + "]")
Trace(Taille(Fauteuil:CodePr))
