// CAS ERREUR: runs when a function called in the lines before it fails (a non-fatal error);
// the procedure then ends and its caller goes on.
P()
Trace("suite")
PROCÉDURE P()
Trace("corps")
SocketFerme("inconnue")
Trace("jamais")
CAS ERREUR:
Trace("erreur : " + ErreurInfo())
