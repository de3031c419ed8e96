// Help: Arrondi / Round (3050063, https://help.windev.com/?3050063)
ResRound is real = Round(-16.238167, 2)
Trace(ResRound)
