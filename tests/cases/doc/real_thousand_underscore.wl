// Help: Réel (Type de variable) / Reals (1514048, https://help.windev.com/?1514048)
num2 est un réel
num2 = 7_014.478
Trace(num2)
