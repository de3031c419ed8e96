// wl: echo
// The main job: a synchronous and an asynchronous WebSocket client written as the WINDEV
// documentation writes them, French and English mixed. Run it with:
//     wl run --echo samples/demo_websocket.wl
// --echo starts an embedded echo server and routes every host to it: nothing leaves the machine.

// Synchronous: connect (Vrai/Faux), send, wait for the answer.
SI WebSocketClientConnecteSSL("sync", "echo.websocket.org") ALORS
	POUR i = 1 A 3
		SocketEcrit("sync", "message " + i)
		Trace("sync <- " + SocketLit("sync", Vrai))
	FIN
	SocketFerme("sync")
SINON
	Erreur("connexion impossible : " + ErreurInfo())
FIN

// Asynchronous: the procedure receives every event, on the script's own thread.
nReçus est un entier
WebSocketClientConnect("async", OnEvent, "monserveur.com", 80, "chat")

INTERNAL PROCEDURE OnEvent(nEvent, sMessage)
	SWITCH nEvent
		CASE SocketOpening
			SocketWrite("async", "hello")
			SocketWrite("async", "world")
		CASE SocketMessage
			nReçus++
			Trace("async <- " + sMessage)
			IF nRecus = 2 THEN SocketClose("async")
		CASE SocketClosing
			Trace("closed by the server: " + sMessage)
		CASE SocketError
			Error("socket error: " + sMessage)
	END
END
