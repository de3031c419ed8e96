// Help: Opérateurs de comparaison / Comparison operators (1512006, https://help.windev.com/?1512006)
// Choice: ~= ignores case and leading/trailing spaces only; ~~ ignores all spaces and punctuation (rule of the page, example ours)
SI "Jean Pierre" ~= "JEANPIERRE" ALORS Trace("égal") SINON Trace("différent")
SI "Jean Pierre" ~~ "JEANPIERRE" ALORS Trace("égal") SINON Trace("différent")
