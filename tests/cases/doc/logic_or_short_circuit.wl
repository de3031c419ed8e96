// Help: Opérateurs logiques / Logical operators (1512003, https://help.windev.com/?1512003)
SI Vrai _OU_ Vérifie() ALORS Trace("vrai") SINON Trace("faux")

PROCÉDURE Vérifie()
Trace("évalué")
RENVOYER Vrai
