// Help: Monétaire (Type de variable) (1514043, https://help.windev.com/?1514043)
// Help: Les différents types de données (1514064, https://help.windev.com/?1514064)
// Money arithmetic that stays exact: 3 items at 19.99 with 5.5% tax (0m forces currency literals).
PrixUnitaire est un monétaire = 0m19.99
Quantité est un entier = 3
HT est un monétaire = PrixUnitaire * Quantité
TVA est un monétaire = HT * 0m5.5 / 100
Trace(HT)
Trace(TVA)
Trace(HT + TVA)
