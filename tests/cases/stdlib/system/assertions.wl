// Help: dbgAssertion (Fonction) (3014022), dbgActiveAssertion (3014021), dbgVérifieEgalité
// (1000019776), dbgVérifieFaux (1000019781), gestion des assertions (1000018855)
// Assertions are on in test mode (wl run): a false one stops the script with a runtime error,
// which QUAND EXCEPTION catches; dbgActiveAssertion(Faux) turns them off.
dbgAssertion(1 + 1 = 2, "jamais affiché")
dbgVérifieVrai(Vrai)
dbgVérifieFaux(1 > 2)
dbgVérifieEgalité("abc", "abc")
dbgVérifieDifférence(1, 2)
dbgVérifieNull(0)
dbgVérifieNonNull("x")
Trace("les vérifications justes passent")

QUAND EXCEPTION DANS
	dbgAssertion(Faux, "le client " + 42 + " n'a pas été trouvé")
FAIRE
	Trace(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	dbgCheckEqual(2 * 3, 7)
FAIRE
	Trace(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	dbgVérifieDifférence("a", "a", "deux fois %1", "a")
FAIRE
	Trace(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	dbgVérifieNonNull(Null)
FAIRE
	Trace(ExceptionInfo())
FIN

dbgActiveAssertion(Faux)
dbgAssertion(Faux, "ignorée")
dbgVérifieEgalité(1, 2)
Trace("assertions coupées")
dbgActiveAssertion(Vrai)
dbgVérifieEgalité(1 + 1, 3, "calcul %1", "faux")
Trace("jamais affiché")
