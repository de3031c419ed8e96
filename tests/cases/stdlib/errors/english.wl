// The English names: ErrorThrow, ErrorPropagate, CASE ERROR:, ErrorInfo(errFullDetails).
Trace(Load())
IF ErrorOccurred THEN Trace("the caller sees it:", ErrorInfo(errCode))
Trace(Replace(ErrorInfo(errFullDetails), CR, " / "))

PROCEDURE Load()
Read()
RESULT "loaded"
CASE ERROR:
Trace("CASE ERROR:", ErrorInfo(errSummary))
ErrorPropagate()
RESULT "failed"

PROCEDURE Read()
ErrorThrow(404, "not found")
ErrorPropagate()
