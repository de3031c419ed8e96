// Interval comparisons are one node with the value evaluated once (page 1512006): `a < x < b`,
// `a <= x < b`, `a > x >= b`, the range `x = a À b` (`TO`), and lists `x DANS (...)`, `PAS DANS`,
// `NOT IN`.
compteur est un entier
POUR x = 0 À 4
	SI 1 < x < 3 ALORS Trace("1 < " + x + " < 3")
	SI 1 <= x < 3 ALORS Trace("1 <= " + x + " < 3")
	SI 4 > x >= 3 ALORS Trace("4 > " + x + " >= 3")
	SI x = 2 À 3 ALORS Trace(x + " dans 2..3")
	SI x = 0 TO 0 ALORS Trace(x + " dans 0..0")
	SI x DANS (1, 4) ALORS Trace(x + " dans (1, 4)")
	SI x PAS DANS (0, 1, 2) ALORS Trace(x + " pas dans (0, 1, 2)")
	SI NOT x IN (0, 1, 2, 3) ALORS Trace(x + " not in (0, 1, 2, 3)")
FIN
SI 0 < Compte() < 2 ALORS Trace("évaluée " + compteur + " fois")
SI "B" < "Clark" <= "M" ALORS Trace("Clark entre B et M")
PROCÉDURE Compte()
compteur++
RENVOYER compteur
