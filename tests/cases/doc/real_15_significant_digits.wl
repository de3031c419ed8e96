// Help: Réel (Type de variable) / Reals (1514048, https://help.windev.com/?1514048)
// Choice: "a result with more than 15 significant digits is rounded to 15 significant digits"; Trace shows the rounded value
r est un réel = 1
r = r / 3
Trace(r)
