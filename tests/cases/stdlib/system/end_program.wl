// Help: FinProgramme (Fonction) (3013033)
// FinProgramme inside a procedure ends the program: nothing after it runs, and it is not an
// error.
Trace("avant")
Arrêter()
Trace("jamais affiché")

PROCÉDURE Arrêter()
Trace("dans la procédure")
FinProgramme()
Trace("jamais affiché non plus")
