// Help: Gestion automatique des exceptions / Automatic management of exceptions (3034013, https://help.windev.com/?3034013)
// Choice: the lines after CAS EXCEPTION: run only when an exception occurred
P()
PROCÉDURE P()
Trace("sans exception")
CAS EXCEPTION:
Trace("jamais")
