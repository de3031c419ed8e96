// wl: echo
// Client WebSocket SYNCHRONE (ws://) : WebSocketClientConnecte renvoie Vrai une fois la
// connexion établie, SocketEcrit envoie un message texte, SocketLit(..., Vrai) attend la
// réponse. Lancez-le avec `wl run --echo` : un serveur d'écho local remplace le vrai serveur.

SI WebSocketClientConnecte("wbsocket", "monserveur.com", 80, "/WW_WebsocketServeur") ALORS
	Info("connecté : " + SocketExiste("wbsocket"))
	// Envoie une chaîne au serveur d'écho
	SI SocketEcrit("wbsocket", "Bonjour le monde !") ALORS
		// Récupère la réponse du serveur : la même chaîne
		sMsg est une chaîne = SocketLit("wbsocket", Vrai)
		ToastAffiche("réponse du serveur : " + sMsg)
	FIN
	SocketFerme("wbsocket")
	Info("après SocketFerme : " + SocketExiste("wbsocket"))
SINON
	Erreur("connexion impossible : " + ErreurInfo())
FIN
