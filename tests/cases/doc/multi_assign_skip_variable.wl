// Help: Opérateurs d'affectation (1515003, https://help.windev.com/?1515003)
// Unsure: an empty place in the variable list skips a value (assumed).
x, z sont des entiers
(x, , z) = (1, 2, 3)
Trace(x)
Trace(z)
