// wl: echo
// SYNCHRONOUS secure WebSocket client (wss://) sending several messages: connect with
// WebSocketClientConnectSSL (port 443 by default), then write and read in a loop. Each
// SocketRead returns one whole message, in the order they were sent.

IF WebSocketClientConnectSSL("echo", "echo.websocket.org") THEN
	arrWords is array of strings = ["alpha", "beta", "gamma"]
	// Send them all first...
	FOR EACH sWord OF arrWords
		IF NOT SocketWrite("echo", sWord) THEN Error(ErrorInfo())
	END
	// ...then read the echoes back.
	FOR i = 1 TO ArrayCount(arrWords)
		sReply is string = SocketRead("echo", True)
		Trace(i, sReply, sReply = arrWords[i])
	END
	// Nothing more to read: SocketRead without waiting gives "" after its timeout (ms).
	sNothing is string = SocketRead("echo", False, 100)
	Trace("empty:", sNothing = "")
	SocketClose("echo")
ELSE
	Error("cannot connect: " + ErrorInfo())
END
