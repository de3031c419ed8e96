// SELON dispatch: values, lists, ranges, comparisons, AUTRE CAS.
nA, nB, nC, nD, nE sont des entiers
POUR i = 1 _A_ 1000000
	SELON i % 13
		CAS 0: nA = nA + 1
		CAS 1, 2: nB = nB + i % 3
		CAS 3 A 6: nC = nC + 2
		CAS > 10: nD = nD + 1
		AUTRE CAS: nE = nE + 1
	FIN
FIN
Info(nA, nB, nC, nD, nE)
