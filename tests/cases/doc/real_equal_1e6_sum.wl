// Help: Réel (Type de variable) / Reals (1514048, https://help.windev.com/?1514048)
// Choice: issue 13: the "=" operator is accurate to 10^-6 on reals
r1 est un réel = 0.1
r2 est un réel = 0.2
r3 est un réel = 0.3
SI r1 + r2 = r3 ALORS Trace("égal") SINON Trace("différent")
