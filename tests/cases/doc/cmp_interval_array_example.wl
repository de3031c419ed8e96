// Help: Opérateurs de comparaison / Comparison operators (1512006, https://help.windev.com/?1512006)
// Choice: plain string order, with the French page's first name (Dupont), for which the page's comment holds.
MonTableau est un tableau de 5 chaînes
I est un entier
MonTableau[1] = "Dupont"
MonTableau[2] = "Aida"
MonTableau[3] = "Parapoline"
MonTableau[4] = "Moulin"
MonTableau[5] = "Clark"
POUR I = 1 À 5
	SI "B" < MonTableau[I] <= "M" ALORS Trace(MonTableau[I])
FIN
