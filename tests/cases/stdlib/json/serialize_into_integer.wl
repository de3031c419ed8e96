// Help: Sérialise (3013065): <Résultat> is a buffer (or string) variable; an integer variable
// cannot hold the serialized text.
n est un entier
Sérialise([1, 2], n, psdJSON)
Trace(n)
