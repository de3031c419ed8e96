// The Autobahn WebSocket client conformance cases, driven by wlang's own builtins: every message
// the fuzzing server sends is echoed back unchanged (a string as a text message, a Buffer as a
// binary one). The server is reached as "autobahn.test:9001"; tests/autobahn.rs points that name
// at a local `kosoku -m fuzzingserver` with --connect-to.
sHôte est une chaîne = "autobahn.test"
nPort est un entier = 9001
sAgent est une chaîne = "wlang"

SI PAS WebSocketClientConnecte("compte", sHôte, nPort, "/getCaseCount") ALORS
	Erreur("pas de serveur Autobahn : " + ErreurInfo())
	FinProgramme()
FIN
nCas est un entier = Val(SocketLit("compte"))
SocketFerme("compte")

POUR i = 1 A nCas
	sNom est une chaîne = "cas" + i
	SI WebSocketClientConnecte(sNom, sHôte, nPort, "/runCase?case=" + i + "&agent=" + sAgent) ALORS
		BOUCLE
			m est un variant = SocketLit(sNom)
			SI ErreurDétectée ALORS SORTIR
			SocketEcrit(sNom, m)
		FIN
		SocketFerme(sNom)
	FIN
FIN

SI WebSocketClientConnecte("rapport", sHôte, nPort, "/updateReports?agent=" + sAgent) ALORS
	SocketLit("rapport")
	SocketFerme("rapport")
FIN
Info(nCas + " cas")
