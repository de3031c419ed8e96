// Help: Arrondi / Round (3050063, https://help.windev.com/?3050063)
// Choice: "0.5 to 0.99 is rounded to 1"
Trace(Arrondi(3.5))
