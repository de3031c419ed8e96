// Help: Tableau dynamique (1514057, https://help.windev.com/?1514057)
// Unsure: page 1514057 says fixed arrays are for Windows APIs; that Ajoute fails on them (rather than being refused before running) is assumed.
t est un tableau fixe de 3 entiers
Trace(t..Occurrence)
QUAND EXCEPTION DANS
	Ajoute(t, 1)
FAIRE
	Trace("un tableau fixe ne grandit pas")
FIN
