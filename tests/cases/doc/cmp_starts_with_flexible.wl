// Help: Opérateurs de comparaison / Comparison operators (1512006, https://help.windev.com/?1512006)
SI "   Bonjour" [~ "bon" ALORS Trace("oui") SINON Trace("non")
SI "   Bonjour" [= "Bon" ALORS Trace("oui") SINON Trace("non")
