// A step that is not a number (infinity minus infinity) makes the counter NaN, which compares
// equal to every bound: the loop would never end, so the script stops.
infini est un réel = 1e308 * 10
POUR x = 1 A 10 PAS infini - infini
	Info(x)
FIN
Info("jamais")
