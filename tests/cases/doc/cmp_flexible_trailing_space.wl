// Help: Opérateurs de comparaison / Comparison operators (1512006, https://help.windev.com/?1512006)
// Choice: trailing spaces: FR text of the page says spaces before and after are ignored by ~=
SI "Smith  " ~= "smith" ALORS Trace("égal") SINON Trace("différent")
