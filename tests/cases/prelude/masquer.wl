// The prelude (stdlib/*.wl): a procedure of the script hides the prelude's procedure of the same
// name; the prelude's other name (IsEven) and the prelude's own calls keep the prelude's.
Trace(EstPair(4))
Trace(IsEven(4))
Trace(EstImpair(3))

PROCÉDURE EstPair(n)
RENVOYER "la mienne : " + n
