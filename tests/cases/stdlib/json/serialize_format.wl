// Help: Sérialise (3013065): the formats are psdBinaire, psdXML and psdJSON; only psdJSON is
// available in wlang.
Point est une Structure
	x est un entier
FIN
p est un Point
b est un Buffer
Sérialise(p, b, psdXML)
