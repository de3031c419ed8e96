// Help: Réel (Type de variable) / Reals (1514048, https://help.windev.com/?1514048)
// Choice: a difference of 10^-4 is beyond the documented 10^-6 precision (the page writes 10e-6; the comparison page speaks of 6 decimal places)
r1 est un réel = 1.0001
r2 est un réel = 1.0002
SI r1 = r2 ALORS Trace("égal") SINON Trace("différent")
