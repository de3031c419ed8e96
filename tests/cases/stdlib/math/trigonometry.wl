// Help: Cos (id not found), Sin (id not found), Tan (id not found), ArcCos (id not found), ArcSin (id not found), ArcTan (id not found)
// Angles are in degrees.
Info(Cos(0), Cos(60), Cos(90), Cos(180))
Info(Sin(30), Sin(90), Sin(-90))
Info(Tan(45), Tan(0))
Info(ArcCos(0.5), ArcCos(-1), ArcSin(1), ArcSin(0.5), ArcTan(1), ArcTan(-1))
QUAND EXCEPTION DANS
	Info(ArcCos(2))
FAIRE
	Info(ExceptionInfo())
FIN
