// The labelled sections of a procedure: CAS EXCEPTION: runs when the lines before fail, FIN: runs
// at the end however the procedure returns (English CASE EXCEPTION:, END:).
Trace(Divise(1, 0))
Trace(Divise(6, 3))
Tôt()
PROCÉDURE Divise(a, b)
RENVOYER a / b
CAS EXCEPTION:
Trace("exception : " + ExceptionInfo())
RENVOYER -1
FIN:
Trace("fin de Divise")
PROCEDURE Tôt()
Trace("tôt")
RETURN
Trace("never")
END:
Trace("end code")
