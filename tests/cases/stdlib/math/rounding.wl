// Help: ArrondiInférieur (1000019395), ArrondiSupérieur (1000019396), ArrondiProche (id not found), Arrondi (3050063)
Info(ArrondiInférieur(2.7), ArrondiInférieur(-2.3), ArrondiInférieur(5))
Info(ArrondiSupérieur(2.1), ArrondiSupérieur(-2.7), ArrondiSupérieur(5))
Info(ArrondiInférieur(2.35, 1), ArrondiSupérieur(2.31, 1), ArrondiInférieur(2.3, 1))
Info(ArrondiInférieur(1234, -2), ArrondiSupérieur(1234, -2))
Info(ArrondiProche(123, 5), ArrondiProche(122, 5), ArrondiProche(-123, 5), ArrondiProche(125, 10))
Info(ArrondiProche(3.14159, 0.01), ArrondiProche(7.3, 0.5))
Info(Arrondi(2.5), Arrondi(-2.5), Arrondi(3.14159, 2))
QUAND EXCEPTION DANS
	Info(ArrondiProche(12, 0))
FAIRE
	Info(ExceptionInfo())
FIN
