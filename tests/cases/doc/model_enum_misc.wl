// Enumerations and combinations: qualified values, order, SELON with several values, a
// combination printed, options added and removed, conversions checked when running.
Feu est une Énumération
	Vert
	Orange
	Rouge
FIN
Droits est une Combinaison
	Lire
	Écrire
	Effacer
FIN
f est un Feu = Feu.Orange
Trace(f, f < Rouge, f > Vert)
SELON f
	CAS Vert, Orange : Trace("passe")
	AUTRE CAS : Trace("stop")
FIN
d est un Droits = Lire + Effacer
Trace(d)
d = d - Lire
Trace(d, d[Lire], d[Effacer])
d[Écrire] = Vrai
Trace(d..Nom, d..Valeur)
v est un variant = 3
QUAND EXCEPTION DANS
	f = v
FAIRE
	Trace(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Trace(d[Rouge])
FAIRE
	Trace(ExceptionInfo())
FIN
