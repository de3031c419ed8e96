// Help: Arrondi / Round (3050063, https://help.windev.com/?3050063)
// Choice: "No decimal is returned if this parameter is not specified"
Trace(Arrondi(2.49))
Trace(Arrondi(2.5))
