// Help: Opérateurs de comparaison / Comparison operators (1512006, https://help.windev.com/?1512006)
// Choice: intervals on strings use string order ("comparison operators can be used with all types of operands")
SI "B" < "Clark" <= "M" ALORS Trace("Clark") SINON Trace("non")
SI "B" < "Aida" <= "M" ALORS Trace("Aida") SINON Trace("non")
