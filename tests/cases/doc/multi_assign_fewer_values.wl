// Help: Opérateurs d'affectation (1515003, https://help.windev.com/?1515003)
// Unsure: fewer values than variables: the extra variables are assumed unchanged (the section was cut).
x, y, z sont des entiers
z = 99
(x, y, z) = (25, 38)
Trace(x)
Trace(y)
Trace(z)
