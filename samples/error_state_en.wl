// Non-fatal errors: a function that fails returns False (or "") and the script goes on;
// ErrorOccurred tells whether the last function call failed and ErrorInfo() says why.
// Every other function call resets ErrorOccurred, so read it right after the call.

IF NOT SocketWrite("printer", "hello") THEN
	Trace("SocketWrite failed:", ErrorOccurred, ErrorInfo())
END

bFailed is boolean = SocketClose("printer") = False
bError is boolean = ErrorOccurred
Trace("SocketClose:", bFailed, bError)

// A call that succeeds clears it.
n is int = Length("abc")
Trace("after Length:", ErrorOccurred)

// Same pattern with French names.
sReply is string = SocketLit("printer", Faux, 10)
SI ErreurDétectée ALORS
	Trace("SocketLit failed:", ErreurInfo())
FIN
Trace("exists:", SocketExist("printer"))
