// Help: Opérateurs de comparaison / Comparison operators (1512006, https://help.windev.com/?1512006)
// Choice: [= is listed with strict equality; the case-insensitive form is [~, so [= is taken as case-sensitive
Texte est une chaîne = "San Francisco"

SI Texte [= "san" ALORS Trace("oui") SINON Trace("non")
SI Texte [~ "san" ALORS Trace("oui") SINON Trace("non")
