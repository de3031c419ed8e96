// Associative arrays: counting words (2,000 distinct words among 300,000).
nbMots est un tableau associatif de entiers
nGraine est un entier = 42
POUR i = 1 _A_ 300000
	nGraine = (nGraine * 1103515245 + 12345) % 2147483648
	sMot est une chaîne = "mot" + (nGraine % 2000)
	nbMots[sMot] = nbMots[sMot] + 1
FIN
Info(nbMots..Occurrence, nbMots["mot7"], nbMots["mot1999"])
