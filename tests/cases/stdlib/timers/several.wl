// Help: Timer (Fonction) (3015008), FinTimer (3015007)
// Several timers, with numbers given or chosen; each one stops itself after a few rounds;
// Timer and FinTimer behave as TimerSys and FinTimerSys on a console.
gnA est un entier
gnB est un entier
Trace("numéro imposé", Timer(TimerA, 2, 7))
Trace("numéro choisi", TimerSys(TimerB, 3))
TANTQUE gnA < 3 OU gnB < 2
	ThreadPause(1)
FIN
Trace("A", gnA, "B", gnB)
// Stopping a timer that does not run does nothing.
FinTimerSys(99)
FinTimer(7)

PROCÉDURE TimerA()
gnA++
SI gnA = 3 ALORS FinTimer(7)

PROCÉDURE TimerB()
gnB++
SI gnB = 2 ALORS FinTimerSys(TimerSys())
