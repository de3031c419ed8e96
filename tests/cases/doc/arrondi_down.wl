// Help: Arrondi / Round (3050063, https://help.windev.com/?3050063)
Trace(Arrondi(3.2))
