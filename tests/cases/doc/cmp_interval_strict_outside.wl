// Help: Opérateurs de comparaison / Comparison operators (1512006, https://help.windev.com/?1512006)
x est un entier = 10
SI 5 < x < 10 ALORS Trace("dans") SINON Trace("hors")
