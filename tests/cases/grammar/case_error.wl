// CAS ERREUR: resolves; a procedure holding it cannot run yet.
P()
PROCÉDURE P()
Trace("corps")
CAS ERREUR:
Trace("erreur : " + ErreurInfo())
