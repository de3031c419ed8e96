// Help: Opérateurs logiques / Logical operators (1512003, https://help.windev.com/?1512003)
TestNum est un entier = 5
SI TestNum ALORS Trace("vrai") SINON Trace("faux")
SI TestNum <> 0 ALORS Trace("vrai") SINON Trace("faux")
TestNum = 0
SI TestNum ALORS Trace("vrai") SINON Trace("faux")
TestNum = -1
SI TestNum ALORS Trace("vrai") SINON Trace("faux")
