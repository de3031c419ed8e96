// Help: Complète (3024010), ChaîneConstruit (3024006), Remplace (3024022), Répète (3024036)
// Results larger than 1 GiB are refused before they are built (issue 9).
QUAND EXCEPTION DANS
	Info(Complète("x", 1000000000000))
FAIRE
	Info(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Info(ChaîneConstruit("%99999999999999999999999", "a"))
FAIRE
	Info(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Info(Remplace(Répète("a", 100000), "a", Répète("b", 100000)))
FAIRE
	Info(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Info(ChaîneConstruit("%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1%1", Répète("a", 100000000)))
FAIRE
	Info(ExceptionInfo())
FIN
t est un tableau de chaînes
QUAND EXCEPTION DANS
	ChaîneVersTableau(Répète(";", 20000000), t, ";")
FAIRE
	Info(ExceptionInfo())
FIN
// Within the limit, the result is built.
Info(Taille(Complète("x", 1000)), Taille(Répète("ab", 1000)))
Info(Complète("x", 1000000000000, "-"))
