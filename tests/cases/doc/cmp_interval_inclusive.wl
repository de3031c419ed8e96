// Help: Opérateurs de comparaison / Comparison operators (1512006, https://help.windev.com/?1512006)
POUR x = 0 À 6
	SI 1 <= x <= 5 ALORS Trace(x)
FIN
