// Le crible d'Ératosthène : trouver les nombres premiers jusqu'à 50 avec un tableau de
// booléens, des boucles imbriquées et TANTQUE.

nMax est un entier = 50
tabPremier est un tableau de 50 booléens
POUR i = 2 A nMax
	tabPremier[i] = Vrai
FIN

n est un entier = 2
TANTQUE n * n <= nMax
	SI tabPremier[n] ALORS
		// Raye tous les multiples de n à partir de n²
		POUR m = n * n A nMax PAS n
			tabPremier[m] = Faux
		FIN
	FIN
	n++
FIN

sListe est une chaîne
nCompte est un entier
POUR i = 2 A nMax
	SI tabPremier[i] ALORS
		SI nCompte > 0 ALORS sListe += ", "
		sListe += i
		nCompte++
	FIN
FIN
Info(ChaîneConstruit("%1 nombres premiers jusqu'à %2 :", nCompte, nMax))
Info(sListe)
