// Help: Cos (3050062), Sin (3050009), Tan (id not found), ArcCos (3050067), ArcSin (3050066), ArcTan (3050065)
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
