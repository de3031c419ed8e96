// Help: Cosinus (3050062), Sinus (3050009), Tang (3050014), CoTang (3050013),
// ArcCosinus (3050067), ArcSinus (3050066), ArcTang (3050065). Angles are in degrees.
Info(Cosinus(60), Sinus(30), Tang(45), CoTang(45))
Info(Cosinus(0), Sinus(90), Arrondi(CoTang(30), 6))
Info(ArcCosinus(0.5), ArcSinus(0.5), ArcTang(1))
Info(ArcCosinus(1), ArcSinus(0), ArcTang(0))
Info(Cosinus(60) = Cos(60), ArcTang(1) = ArcTan(1))
