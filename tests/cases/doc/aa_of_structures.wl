// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
Produit est une Structure
	Libellé est une chaîne
	Prix est un monétaire
FIN
taProduits est un tableau associatif de Produit
p est un Produit
p.Libellé = "Stylo"
p.Prix = 1.5
taProduits["ST01"] = p
taProduits["ST01"].Prix = 2
Trace(taProduits["ST01"].Libellé)
Trace(taProduits["ST01"].Prix)
Trace(p.Prix)
