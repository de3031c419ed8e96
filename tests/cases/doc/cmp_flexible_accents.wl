// Help: Opérateurs de comparaison / Comparison operators (1512006, https://help.windev.com/?1512006)
SI "C'est l'été" ~= "C'est l'ete" ALORS Trace("égal") SINON Trace("différent")
