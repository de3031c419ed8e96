// Help: Réel (Type de variable) / Reals (1514048, https://help.windev.com/?1514048)
r est un réel
Trace(r)
