// A division by zero three calls deep: the report shows where, and the chain of calls.
// What was printed before the error stays printed.
Info("moyenne de [4, 6] :", Moyenne(10, 2))
Info("moyenne de [] :", Moyenne(0, 0))
Info("jamais affiché")

PROCÉDURE Moyenne(nSomme, nNombre)
RENVOYER Divise(nSomme, nNombre)

PROCÉDURE Divise(a, b)
SOIT r = a / b
RENVOYER r
