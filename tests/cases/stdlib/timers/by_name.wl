// Help: TimerSys (Fonction) (3015006)
nTics est un entier = 0
// The help's own example names the procedure in quotes: TimerSys("Affiche", 100).
nTimer est un entier = TimerSys("Tic", 10)
ThreadPause(35)
FinTimerSys(nTimer)
Trace(nTics >= 2)

PROCÉDURE Tic()
nTics++
