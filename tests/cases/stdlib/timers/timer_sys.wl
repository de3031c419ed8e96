// Help: TimerSys (Fonction) (3015006), FinTimerSys (3015009)
// The procedure runs every period (hundredths of a second) while the script waits, and after
// the main code until FinTimerSys stops the timer; inside it, TimerSys() is the timer's number.
gnTours est un entier
nTimer est un entier = TimerSys(Affiche, 10)
Trace("timer", nTimer, "hors procédure", TimerSys())
ThreadPause(15)
Trace("fin du code principal")

PROCÉDURE Affiche()
gnTours++
Trace("tour " + gnTours + " du timer " + TimerSys())
SI gnTours = 4 ALORS
	FinTimerSys(TimerSys())
	Trace("arrêté")
FIN
