// Help: TimerSys (Fonction) (3015006)
// After the main code the program keeps running for its timer; FinProgramme in the timer's
// procedure ends it.
gnTours est un entier
TimerSys(Tic, 1)
Trace("fin du code principal")

PROCÉDURE Tic()
gnTours++
SI gnTours = 3 ALORS
	Trace("fin du programme au tour", gnTours)
	FinProgramme()
FIN
