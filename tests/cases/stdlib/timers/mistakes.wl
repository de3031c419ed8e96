// Help: TimerSys (Fonction) (3015006)
// The procedure is given itself or by its name, the period is at least one hundredth of a
// second, the number positive: anything else stops the script.
QUAND EXCEPTION DANS
	TimerSys(Tic, 0)
FAIRE
	Trace(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	TimerSys(Tic, 10, -2)
FAIRE
	Trace(ExceptionInfo())
FIN
TimerSys(42, 100)

PROCÉDURE Tic()
Trace("jamais appelée")
