// Help: Opérateurs de comparaison / Comparison operators (1512006, https://help.windev.com/?1512006)
// Choice: issue 13: with x beyond the upper bound, today 1 < x < 5 is evaluated as (1 < x) < 5
x est un entier = 12
SI 5 < x < 10 ALORS Trace("dans") SINON Trace("hors")
