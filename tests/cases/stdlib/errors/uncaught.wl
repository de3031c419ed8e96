// An exception nobody catches stops the script with its number and message; CAS ERREUR: does
// not take it.
P()
PROCÉDURE P()
ExceptionDéclenche(3, "configuration illisible")
CAS ERREUR:
Trace("jamais")
