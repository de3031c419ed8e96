// Un client TCP pour samples/tcp_serveur.wl : lancez d'abord le serveur dans un autre terminal,
//     wl run samples/tcp_serveur.wl
// puis ce client, autant de fois que vous voulez. Il envoie quelques messages, affiche les
// réponses du serveur, et s'en va. Sans serveur, il le dit et s'arrête.
gnPort est un entier = 5010

SI PAS SocketConnecte("client", gnPort, "127.0.0.1", "2 s") ALORS
	Info("Aucun serveur ne répond sur le port " + gnPort + ".")
	Info("Lancez d'abord « wl run samples/tcp_serveur.wl » dans un autre terminal.")
	RETOUR
FIN
Info("Connecté au serveur du port " + gnPort + ".")
POUR TOUTE CHAÎNE sMessage DE "Bonjour;Comment ça va ?;au revoir" SÉPARÉE PAR ";"
	SocketEcrit("client", sMessage)
	Info("> " + sMessage)
	Info("< " + SocketLit("client", Faux, 5000))
FIN
SocketFerme("client")
Info("Déconnecté.")
