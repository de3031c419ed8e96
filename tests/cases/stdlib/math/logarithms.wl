// Help: Exp (3050029), Ln (3050018), Log (3050003)
Info(Exp(0), Exp(1))
Info(Ln(1), Ln(Exp(2)), LogE(10))
Info(Log(1000), Log(2))
QUAND EXCEPTION DANS
	Info(Ln(0))
FAIRE
	Info(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Info(Log(-10))
FAIRE
	Info(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Info(Exp(1000))
FAIRE
	Info(ExceptionInfo())
FIN
