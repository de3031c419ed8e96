// Help: Opérateurs de comparaison / Comparison operators (1512006, https://help.windev.com/?1512006)
// Choice: "and vice versa": Value2 > x > Value1 means strictly between too
POUR x = 0 À 6
	SI 5 > x > 1 ALORS Trace(x)
FIN
