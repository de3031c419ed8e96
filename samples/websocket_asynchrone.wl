// wl: echo
// Client WebSocket ASYNCHRONE (ws://) : WebSocketClientConnecte reçoit une procédure
// appelée à chaque événement (ouverture, message, fermeture, erreur). Le programme
// principal continue aussitôt ; les événements arrivent ensuite, un par un.
// Ici le client envoie deux messages et ferme lui-même la connexion après la 2e réponse.

nReçus est un entier
WebSocketClientConnecte("client", WebSocketClientConnecte_Callback, ...
	"192.168.100.1", 80, "MonProjetServeurWebSocket")
Info("connexion demandée, le code principal continue")

PROCÉDURE INTERNE WebSocketClientConnecte_Callback(nEvénement, sMessage)
	SELON nEvénement
		CAS SocketOuverture
			Info("connexion ouverte")
			SocketEcrit("client", "Envoi message depuis le client.")
			SocketEcrit("client", "Deuxième message.")
		CAS SocketMessage
			nReçus++
			Info("Réception d'un message serveur : " + sMessage)
			SI nReçus = 2 ALORS
				SocketFerme("client")
				Info("fermé par le client")
			FIN
		CAS SocketFermeture
			Info("Fermeture du socket", sMessage)
		CAS SocketErreur
			Erreur("Erreur du socket : " + sMessage)
	FIN
FIN
