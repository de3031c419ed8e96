// Help: Opérateurs de comparaison / Comparison operators (1512006, https://help.windev.com/?1512006)
SI 3 <> 4 ALORS Trace("différent")
SI "a" <> "a" ALORS Trace("jamais")
