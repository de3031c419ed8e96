// Help: Opérateurs de comparaison / Comparison operators (1512006, https://help.windev.com/?1512006)
SI "Smith" ~= "SMITH" ALORS Trace("égal") SINON Trace("différent")
