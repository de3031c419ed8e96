// Help: Opérateurs de comparaison / Comparison operators (1512006, https://help.windev.com/?1512006)
SI "San Francisco" [=] "Fran" ALORS Trace("oui") SINON Trace("non")
SI "San Francisco" [=] "fran" ALORS Trace("oui") SINON Trace("non")
SI "San Francisco" [=] "Paris" ALORS Trace("oui") SINON Trace("non")
