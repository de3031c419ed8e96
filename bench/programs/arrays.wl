// Arrays: 1,000,000 integers added, then read by index and iterated.
t est un tableau de entiers
POUR i = 1 _A_ 1000000
	Ajoute(t, i % 1000)
FIN
nSum est un entier = 0
POUR i = 1 _A_ TableauOccurrence(t)
	nSum = nSum + t[i]
FIN
nMax est un entier = 0
POUR TOUT n DE t
	SI n > nMax ALORS nMax = n
FIN
Info(TableauOccurrence(t), nSum, nMax)
