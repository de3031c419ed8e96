// Help: Opérateurs de comparaison / Comparison operators (1512006, https://help.windev.com/?1512006)
SI "I.R.S." ~~ "IRS" ALORS Trace("égal") SINON Trace("différent")
