// Help: Mécanisme des exceptions spécifiques / Mechanism of specific exceptions (3034003, https://help.windev.com/?3034003)
// Choice: accessing an element out of a fixed array is a programming (fatal) error
t est un tableau de 3 entiers
QUAND EXCEPTION DANS
	t[5] = 1
FAIRE
	Trace("indice hors limites attrapé")
FIN
