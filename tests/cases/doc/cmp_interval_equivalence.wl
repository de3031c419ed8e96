// Help: Opérateurs de comparaison / Comparison operators (1512006, https://help.windev.com/?1512006)
// Choice: "IF x > 5 AND x < 10 THEN ... can be replaced by IF 5 < x < 10": both must agree for every x
POUR x = 4 À 11
	SI (x > 5 ET x < 10) = (5 < x < 10) ALORS Trace("ok") SINON Trace("ÉCART")
FIN
