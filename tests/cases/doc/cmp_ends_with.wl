// Help: Opérateurs de comparaison / Comparison operators (1512006, https://help.windev.com/?1512006)
SI "San Francisco" =] "cisco" ALORS Trace("oui") SINON Trace("non")
SI "San Francisco" =] "CISCO" ALORS Trace("oui") SINON Trace("non")
