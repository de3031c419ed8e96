// Help: Opérateurs d'affectation (1515003, https://help.windev.com/?1515003)
// Multiple assignment: ( <Variable 1>, <Variable 2>, ... ) = ( <Valeur 1>, <Valeur 2>, ... )
x, y, z sont des entiers
(x, y, z) = (5, 8, 12)
Trace(x)
Trace(y)
Trace(z)
