// Help: Gestion automatique des erreurs / Automatic management of errors (3034010, https://help.windev.com/?3034010)
// Choice: ErreurDéclenche(<number> [, <message>]) raises a non-fatal error as a failing function does; CAS ERREUR: then runs and the procedure ends.
P()
Trace("suite")
PROCÉDURE P()
ErreurDéclenche(12, "erreur non fatale")
Trace("jamais")
CAS ERREUR:
Trace("cas erreur " + NumériqueVersChaîne(ErreurInfo(errCode)))
