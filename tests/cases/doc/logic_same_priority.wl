// Help: Opérateurs logiques / Logical operators (1512003, https://help.windev.com/?1512003)
// Choice: "AND and OR, _AND_ and _OR_ have the same priority": taken as evaluated left to right
SI Vrai OU Vrai ET Faux ALORS Trace("vrai") SINON Trace("faux")
SI (Vrai OU Vrai) ET Faux ALORS Trace("vrai") SINON Trace("faux")
SI Vrai OU (Vrai ET Faux) ALORS Trace("vrai") SINON Trace("faux")
