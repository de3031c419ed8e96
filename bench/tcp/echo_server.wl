// The TCP echo server of bench/tcp/run.py, as WINDEV code writes it: a thread waits for clients
// and gives each one a thread that echoes its messages (WINDEV's default mode, the size first).
// wl run echo_server.wl PORT
nPort est un entier = Val(LigneCommande(1))
SI PAS SocketCrée("serveur", nPort, "127.0.0.1") ALORS
	Erreur(ErreurInfo())
	FinProgramme()
FIN
ThreadExécute("écoute", threadNormal, Ecoute)
Info("prêt")

PROCÉDURE Ecoute()
BOUCLE
	SI SocketAttendConnexion("serveur") ALORS
		sCanal est une chaîne = SocketAccepte("serveur")
		SI sCanal <> "" ALORS ThreadExécute(sCanal, threadNormal, Echo, sCanal)
	FIN
FIN

PROCÉDURE Echo(sCanal)
BOUCLE
	sMessage est une chaîne = SocketLit(sCanal)
	SI sMessage = "" ALORS SORTIR
	SocketEcrit(sCanal, sMessage)
FIN
SocketFerme(sCanal)
