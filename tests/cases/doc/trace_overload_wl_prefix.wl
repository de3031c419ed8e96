// Help: Trace (3013050, https://help.windev.com/?3013050)
// Choice: page example: a procedure named Trace overloads the function; WL.Trace calls the WLanguage one
Trace("appel")
PROCÉDURE Trace(MessageAAfficher)
WL.Trace("surcharge : " + MessageAAfficher)
