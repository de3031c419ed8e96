// Help: Réel (Type de variable) / Reals (1514048, https://help.windev.com/?1514048)
// Choice: "accurate to 10e-6" read as 10^-6 (the comparison page speaks of 6 decimal places): reals 4*10^-6 apart are different.
r1 est un réel = 1.000005
r2 est un réel = 1.000001
SI r1 = r2 ALORS Trace("égal") SINON Trace("différent")
