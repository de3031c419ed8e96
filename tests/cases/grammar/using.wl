// UTILISER section DANS ... FIN (a critical section): one thread, the body runs as is.
n est un entier
UTILISER SectionCompteur DANS
	n++
FIN
USING Other IN
	n++
END
Trace(n)
