// The TCP client loop of bench/tcp/run.py: COUNT round trips (SocketEcrit, then a blocking
// SocketLit) of SIZE-byte messages on one connection. wl run client_loop.wl PORT COUNT SIZE
nPort est un entier = Val(LigneCommande(1))
nCount est un entier = Val(LigneCommande(2))
sMessage est une chaîne = Répète("x", Val(LigneCommande(3)))
nReçus est un entier = 0
SI PAS SocketConnecte("bench", nPort, "127.0.0.1") ALORS
	Erreur(ErreurInfo())
	FinProgramme()
FIN
POUR i = 1 _A_ nCount
	SocketEcrit("bench", sMessage)
	nReçus += Taille(SocketLit("bench"))
FIN
Info(nReçus)
