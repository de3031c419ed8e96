// Help: Arrondi / Round (3050063, https://help.windev.com/?3050063)
ResArrondi est un réel = Arrondi(-16.238167, 2)
Trace(ResArrondi)
