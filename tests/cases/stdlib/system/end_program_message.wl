// Help: FinProgramme / EndProgram (3013033)
// A message as first parameter is shown as the program ends (written as Info writes); the
// parameters after it (as PC SOFT's examples pass them: a title, Faux) change nothing on a
// console.
Trace("avant")
FinProgramme("Fin de la période d'essai.", "Limitation", Faux)
Trace("jamais affiché")
