// Several values: `RENVOYER (a, b)` and `(x, y) = P()`.
q, r sont des entiers
(q, r) = Divise(17, 5)
Trace(q, r)
PROCÉDURE Divise(a, b)
RENVOYER (a / b, a % b)
