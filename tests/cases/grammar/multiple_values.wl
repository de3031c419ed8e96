// Several values: `RENVOYER (a, b)` and `(x, y) = P()` resolve; running them stops the script.
q, r sont des entiers
(q, r) = Divise(17, 5)
PROCÉDURE Divise(a, b)
RENVOYER (a / b, a % b)
