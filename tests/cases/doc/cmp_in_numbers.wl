// Help: Opérateurs de comparaison / Comparison operators (1512006, https://help.windev.com/?1512006)
POUR x = 1 À 8
	SI x DANS (1, 5, 7) ALORS Trace(x)
FIN
