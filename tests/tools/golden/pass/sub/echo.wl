// wl: echo
// Runs with the embedded echo server (the marker above); its .args shortens the idle time.
SI WebSocketClientConnecte("ws", "exemple.org", 80) ALORS
	SocketEcrit("ws", "ping")
	Info(SocketLit("ws", Vrai))
	SocketFerme("ws")
FIN
