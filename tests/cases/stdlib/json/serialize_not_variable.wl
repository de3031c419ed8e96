// Help: Sérialise (3013065): <Résultat> is a variable (a buffer or a string) that receives the
// serialized element.
Point est une Structure
	x est un entier
FIN
p est un Point
Sérialise(p, "texte", psdJSON)
