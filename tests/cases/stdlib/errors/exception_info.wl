// ExceptionInfo after a runtime error: wlang's number for it (division by zero is 1001), the
// message, the procedure and the line where it happened; ExceptionDéclenche's own number and
// message. ExceptionInfo() alone is the message.
QUAND EXCEPTION DANS
	Divise(1, 0)
FAIRE
	Trace(ExceptionInfo(errCode), ExceptionInfo(errProcess), ExceptionInfo(errLine))
	Trace(ExceptionInfo())
	Trace(ExceptionInfo(errSummary))
	Trace(Remplace(ExceptionInfo(errFullDetails), RC, " / "))
FIN
WHEN EXCEPTION IN
	ExceptionThrow(42, "out of paper")
DO
	Trace(ExceptionInfo(errCode), ExceptionInfo(errMessage), ExceptionInfo(errProcess))
END
// An exception is no non-fatal error: ErreurInfo is untouched.
Trace("ErreurInfo : [" + ErreurInfo() + "]", ErreurInfo(errCode))

PROCÉDURE Divise(a, b)
RENVOYER a / b
