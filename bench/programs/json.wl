// A JSON round trip: 1,000 structures written as JSON (Sérialise) and read back into structures
// (Désérialise), 200 times.
Article est une Structure
	nId est un entier
	sNom est une chaîne
	nQte est un entier
	bStock est un booléen
FIN

t est un tableau de Article
a est un Article
POUR i = 1 _A_ 1000
	a.nId = i
	a.sNom = "article " + i
	a.nQte = i % 17
	a.bStock = (i % 3 = 0)
	Ajoute(t, a)
FIN
nTotal est un entier = 0
nTaille est un entier = 0
POUR tour = 1 _A_ 200
	sJSON est une chaîne
	Sérialise(t, sJSON, psdJSON)
	nTaille = Taille(sJSON)
	t2 est un tableau de Article
	Désérialise(t2, sJSON, psdJSON)
	nTotal += t2[tour].nQte + t2..Occurrence
	SI t2[tour * 5].bStock ALORS nTotal++
FIN
Info(nTaille, nTotal)
