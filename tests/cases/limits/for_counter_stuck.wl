// A counter its step can no longer move would loop for ever: the script stops with an error.
// Here 1e16 + 1 is 1e16 again as a real.
x est un réel
POUR x = 1e16 A 1e16 + 10
	Info(x)
FIN
Info("jamais")
