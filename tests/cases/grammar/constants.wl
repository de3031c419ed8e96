// CONSTANTE ... FIN blocks and one-line CONSTANTE (English CONSTANT ... END): names known where
// declared, usable as values.
CONSTANTE
	MAX = 10
	NOM = "wlang", DOUBLE = MAX * 2
FIN
CONSTANT PI_APPROX = 3.14
Trace(MAX, NOM, DOUBLE, PI_APPROX)
Affiche()
PROCÉDURE Affiche()
Trace(MAX + 1)
