// Help: Arrondi / Round (3050063, https://help.windev.com/?3050063)
// Choice: negative numbers round as their opposite does (half away from zero): Arrondi(-3.5) is -4; the page states the rule for positive numbers only.
Trace(Arrondi(-3.5))
Trace(Arrondi(-3.2))
