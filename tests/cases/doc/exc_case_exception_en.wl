// Help: Gestion automatique des exceptions / Automatic management of exceptions (3034013, https://help.windev.com/?3034013)
P()
PROCEDURE P()
Trace("before")
ExceptionThrow(6)
Trace("never")
CASE EXCEPTION:
Trace("handled " + NumToString(ExceptionInfo(errCode)))
