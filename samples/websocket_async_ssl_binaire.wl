// wl: echo
// ASYNCHRONOUS secure WebSocket client (wss://) sending binary data: SocketEcrit sends a
// buffer as a binary message (a string would go as a text message); the echo comes back
// as a buffer. The connection stays open until the server closes it (the echo server
// closes idle connections), which raises the SocketFermeture / SocketClosing event.

bufDonnées est un buffer = Caract(0) + Caract(1) + Caract(2) + "WL" + Caract(127)
WebSocketClientConnecteSSL("client", WebSocketClientConnecte_Callback, ...
	"192.168.100.1", 443, "MonProjetServeurWebSocket")

	INTERNAL PROCEDURE WebSocketClientConnecte_Callback(nEvent, sMessage)
		SWITCH nEvent
			CASE SocketOpening
				Info("open, sending " + Length(bufDonnées) + " bytes")
				SocketWrite("client", bufDonnées)
			CASE SocketMessage
				bufReçu est un buffer = sMessage
				sOctets est une chaîne
				POUR i = 1 A Taille(bufReçu)
					sOctets += Asc(bufReçu[[i]]) + " "
				FIN
				Info("received " + Length(bufReçu) + " bytes: " + NoSpace(sOctets))
				Info("same data: " + (bufReçu = bufDonnées))
			CASE SocketClosing
				Info("Fermeture du socket", sMessage)
			CASE SocketError
				Error("socket error: " + sMessage)
		END
	END
