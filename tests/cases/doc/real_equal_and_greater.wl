// Help: Réel (Type de variable) / Reals (1514048, https://help.windev.com/?1514048)
// Choice: page: for two close reals, "=" and ">" can both return True for the same values
r1 est un réel = 1.0000001
r2 est un réel = 1.0000002
SI r1 = r2 ALORS Trace("égal")
SI r2 > r1 ALORS Trace("supérieur")
