// An internal procedure must end with FIN, unlike a global procedure.
Info(Double(2))

PROCÉDURE INTERNE Double(n)
	RENVOYER 2 * n
