// CAS ERREUR: takes the non-fatal errors of the calls written in the procedure's own lines: a
// failing function (or ErreurDéclenche) jumps there, the procedure ends and returns what the
// section returns. Errors inside called procedures stay theirs unless they use ErreurPropage.
Trace(Lit("absent"))
Trace(Appelante())
Trace(Propage())
Trace(Final())

PROCÉDURE Lit(sNom)
x est un entier = 1
x = SocketFerme(sNom)
Trace("jamais : " + x)
RENVOYER "lu"
CAS ERREUR:
Trace("code " + ErreurInfo(errCode) + " dans " + ErreurInfo(errTraitement) + ", ligne " + ErreurInfo(errLigne))
Trace(ErreurInfo(errMessage))
Trace("x vaut toujours " + x)
RENVOYER "échec"

// The callee's error is not the caller's: no jump.
PROCÉDURE Appelante()
Appelée()
Trace("ErreurDétectée après l'appel : " + ErreurDétectée)
RENVOYER "fin normale"
CAS ERREUR:
RENVOYER "jamais"

PROCÉDURE Appelée()
ErreurDéclenche(7, "dans l'appelée")

// ErreurPropage: the caller's CAS ERREUR: takes it, the message inserted first.
PROCÉDURE Propage()
Appelée2()
Trace("jamais")
CAS ERREUR:
RENVOYER ErreurInfo(errCode) + " : " + Remplace(ErreurInfo(), RC, " / ")

PROCÉDURE Appelée2()
ErreurDéclenche(8, "introuvable")
ErreurPropage("Appelée2 a échoué")

// FIN: runs after CAS ERREUR:; a QUAND EXCEPTION in the body does not catch a non-fatal error.
PROCÉDURE Final()
QUAND EXCEPTION DANS
	ErreurDéclenche(9)
FAIRE
	Trace("jamais : une erreur non fatale n'est pas une exception")
FIN
CAS ERREUR:
Trace("cas erreur : " + ErreurInfo())
RENVOYER 9
FIN:
Trace("fin")
