// Help: Gestion automatique des erreurs / Automatic management of errors (3034010, https://help.windev.com/?3034010)
// Choice: ErreurInfo(errCode) is the number given to ErreurDéclenche, ErreurInfo(errMessage) its message as given.
ErreurDéclenche(3, "message de test")
Trace(ErreurInfo(errCode))
Trace(ErreurInfo(errMessage))
