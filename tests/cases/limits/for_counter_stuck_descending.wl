// Descending: -1e16 - 1 is -1e16 again as a real; the step is a real expression.
POUR x = -1e16 _A_ -1e16 - 10 PAS -0.5 * 2
	Info(x)
FIN
