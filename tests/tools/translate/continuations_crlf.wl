// Continuations, CRLF, tabs, ";": only the words change.
nTotal est un entier = Max(1, ...
	2, ...   
	3) + Abs(-4)
SI nTotal > 5 ET ...
   nTotal < 100 ALORS Info("grand") SINON Info("petit")
x est un entier = 1; y est un entier = 2; Trace(x + y)
SELON nTotal
	CAS 1: Info("un")
	AUTRE  CAS
		Info("autre : " + nTotal)
FIN
