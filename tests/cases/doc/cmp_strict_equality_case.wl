// Help: Opérateurs de comparaison / Comparison operators (1512006, https://help.windev.com/?1512006)
// Choice: examples of the EN page (seen through a rewritten copy): "Smith" = "SMITH" // Returns False
SI "Smith" = "SMITH" ALORS Trace("égal") SINON Trace("différent")
