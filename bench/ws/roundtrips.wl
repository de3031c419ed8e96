// WebSocket round trips: SocketEcrit then a synchronous SocketLit, COUNT times, on one
// connection. bench/run.py rewrites COUNT and SIZE and routes bench.invalid:80 to the echo server
// with --connect-to.
nCount est un entier = COUNT
sMessage est une chaîne = Répète("x", SIZE)
nReceived est un entier = 0
SI PAS WebSocketClientConnecte("bench", "bench.invalid", 80, "/") ALORS
	Erreur("connexion impossible : " + ErreurInfo())
	FinProgramme()
FIN
POUR i = 1 _A_ nCount
	SocketEcrit("bench", sMessage)
	nReceived += Taille(SocketLit("bench", Vrai))
FIN
SocketFerme("bench")
Info(nReceived)
