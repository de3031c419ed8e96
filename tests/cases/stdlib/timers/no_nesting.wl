// Help: TimerSys (Fonction) (3015006), section "Temps d'exécution de la procédure"
// A timer's procedure that waits (longer than the period) does not let the timer call it
// again inside itself; missed ticks are dropped, and FinTimerSys() without a number stops the
// timer whose procedure runs.
gnProfondeur est un entier
gnMaxProfondeur est un entier
gnTours est un entier
TimerSys(Lente, 1, 5)
TANTQUE gnTours < 3
	Multitâche(-1)
FIN
Trace("tours", gnTours, "profondeur maximale", gnMaxProfondeur)

PROCÉDURE Lente()
gnProfondeur++
gnMaxProfondeur = Max(gnMaxProfondeur, gnProfondeur)
gnTours++
ThreadPause(3)
gnProfondeur--
SI gnTours = 3 ALORS FinTimerSys()
