// Help: Multitâche (Fonction) (3015004), ThreadPause (3077029)
// Multitâche and ThreadPause wait (hundredths of a second, or a duration with its unit) and
// let events through meanwhile; Multitâche() only lets pending events through.
gnAppels est un entier
nTimer est un entier = TimerSys(Compte, 1)
Multitâche()
Multitâche(-3)
Multitâche(2)
ThreadPause(3)
ThreadPause("20 ms")
Multitâche("10 ms")
FinTimerSys(nTimer)
Trace("le timer a tourné pendant les attentes", gnAppels > 0)
QUAND EXCEPTION DANS
	ThreadPause("bientôt")
FAIRE
	Trace(ExceptionInfo())
FIN

PROCÉDURE Compte()
gnAppels++
