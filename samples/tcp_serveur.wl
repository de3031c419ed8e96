// Un serveur TCP à lancer dans un terminal, avec samples/tcp_client.wl dans un autre :
//     wl run samples/tcp_serveur.wl        (répondez « o » pour le démarrer)
//     wl run samples/tcp_client.wl
// Comme l'écrit le code WINDEV : un thread attend les clients (SocketAttendConnexion) et confie
// chacun à un thread qui lui répond (SocketAccepte, SocketLit, SocketEcrit). Le serveur s'arrête
// quand un client envoie « stop », ou par Ctrl-C. Sans terminal (les tests), il ne démarre pas.
gnPort est un entier = 5010
gbArrêt est un booléen = Faux

SI PAS OuiNon(Non, "Démarrer le serveur sur le port " + gnPort + " ?") ALORS
	Info("Serveur non démarré.")
	RETOUR
FIN
SI PAS SocketCrée("serveur", gnPort) ALORS
	Erreur("Impossible d'écouter sur le port " + gnPort, ErreurInfo())
	RETOUR
FIN
Info("Serveur à l'écoute sur le port " + gnPort + " (Ctrl-C pour l'arrêter).")
ThreadExécute("écoute", threadNormal, AttendreLesClients)
TANTQUE PAS gbArrêt
	ThreadPause(10)
FIN
ThreadArrête("écoute")
SocketFerme("serveur")
Info("Serveur arrêté.")
// Les clients encore connectés sont déconnectés.
FinProgramme()

// Le thread d'écoute : un thread par client.
PROCÉDURE AttendreLesClients()
BOUCLE
	SI SocketAttendConnexion("serveur") ALORS
		sCanal est une chaîne = SocketAccepte("serveur")
		SI sCanal <> "" ALORS ThreadExécute(sCanal, threadNormal, ServirUnClient, sCanal)
	FIN
FIN

// Le thread d'un client : répond à chaque message jusqu'à son départ.
PROCÉDURE ServirUnClient(sCanal)
Info(sCanal + " : client " + SocketClientInfo(sCanal, SocketAdresse) + " connecté")
BOUCLE
	sMessage est une chaîne = SocketLit(sCanal)
	// Un message vide : le client est parti.
	SI sMessage = "" ALORS SORTIR
	Info(sCanal + " reçoit : " + sMessage)
	SELON Minuscule(sMessage)
		CAS "heure" : SocketEcrit(sCanal, "Il est " + HeureVersChaîne(HeureSys(), "HH:MM:SS"))
		CAS "stop"
			SocketEcrit(sCanal, "Le serveur s'arrête. Au revoir !")
			gbArrêt = Vrai
		AUTRE CAS : SocketEcrit(sCanal, Majuscule(sMessage))
	FIN
FIN
SocketFerme(sCanal)
Info(sCanal + " : client parti")
