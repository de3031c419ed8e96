// Help: Opérateurs de comparaison / Comparison operators (1512006, https://help.windev.com/?1512006)
// Choice: "Included between (including bounds): x TO y" written as x = 1 À 5 (issue 13 form)
POUR x = 0 À 6
	SI x = 1 À 5 ALORS Trace(x)
FIN
