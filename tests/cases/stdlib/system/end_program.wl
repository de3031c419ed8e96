// Help: FinProgramme (Fonction) (page not in the stored help; behaviour as ExceptionInfo and TimerSys 3015006 describe the end of a program)
// FinProgramme inside a procedure ends the program: nothing after it runs, and it is not an
// error.
Trace("avant")
Arrêter()
Trace("jamais affiché")

PROCÉDURE Arrêter()
Trace("dans la procédure")
FinProgramme()
Trace("jamais affiché non plus")
