// Help: Opérateurs logiques / Logical operators (1512003, https://help.windev.com/?1512003)
// Choice: same priority, left to right: (Vrai _OU_ Faux) _ET_ Faux
SI Vrai _OU_ Faux _ET_ Faux ALORS Trace("vrai") SINON Trace("faux")
