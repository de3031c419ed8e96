// Help: PartieEntière (3050008), PartieDécimale (3050002), Modulo (id not found), Puissance (3050007), Racine (3050006), Signe (id not found)
Info(PartieEntière(5.6), PartieEntière(-5.6), PartieEntière(7))
Info(PartieDécimale(5.6), PartieDécimale(-5.6), PartieDécimale(7))
Info(Modulo(7, 3), Modulo(-7, 3), Modulo(7, -3), Modulo(7.5, 2))
Info(Puissance(2, 10), Puissance(2, -1), Puissance(9, 0.5), Puissance(2, 62))
Info(Puissance(2, 64))
Info(Racine(16), Racine(2))
Info(Signe(-3), Signe(0), Signe(2.5))
QUAND EXCEPTION DANS
	Info(Modulo(5, 0))
FAIRE
	Info(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Info(Puissance(0, -1))
FAIRE
	Info(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Info(Racine(-4))
FAIRE
	Info(ExceptionInfo())
FIN
