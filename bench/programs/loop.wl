// Integer arithmetic in a counted loop.
nTotal est un entier = 0
nX est un entier = 1
POUR i = 1 _A_ 2000000
	nX = (nX * 31 + i) % 1000003
	nTotal = nTotal + nX % 7 - 3
FIN
Info(nTotal, nX)
