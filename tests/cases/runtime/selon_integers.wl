// SELON on integers with integer cases (matched as ranges of integers, without values), and the
// same cases on subjects that are not integers (reals, a string, a boolean), which the general
// comparisons match: both ways must agree.
POUR TOUT v DE [0, 1, 2, 3, 6, 7, -10, -11, -9, 10, 11, 19, 20, 21, 99, 100]
	r est un réel = v
	Trace(v, Classe(v), Classe(r))
FIN
Trace(9223372036854775807, Classe(9223372036854775807))
Trace(-9223372036854775807 - 1, Classe(-9223372036854775807 - 1))
Trace(2.5, Classe(2.5))
Trace(10.5, Classe(10.5))
Trace("4", Classe("4"))
Trace(Vrai, Classe(Vrai))
n est un entier = 4
SELON n * 3 - 12
	CAS 0 : Trace("n * 3 - 12 = 0")
	AUTRE CAS : Trace("autre")
FIN
s est une chaîne = "12"
SELON s
	CAS 12 : Trace("la chaîne 12")
	AUTRE CAS : Trace("autre")
FIN

PROCÉDURE Classe(v)
SELON v
	CAS 0 : RENVOYER "zéro"
	CAS 1, 2 : RENVOYER "un ou deux"
	CAS 3 A 6 : RENVOYER "3 à 6"
	CAS A -10 : RENVOYER "-10 ou moins"
	CAS 10 < * < 20 : RENVOYER "de 10 à 20 exclus"
	CAS 20 <= * <= 20 : RENVOYER "vingt"
	CAS > 9223372036854775806 : RENVOYER "le plus grand"
	CAS < -9223372036854775807 : RENVOYER "le plus petit"
	CAS >= 100 : RENVOYER "100 ou plus"
	CAS <> 7 : RENVOYER "pas 7"
	AUTRE CAS : RENVOYER "7"
FIN
