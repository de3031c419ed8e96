// Help: Réel (Type de variable) / Reals (1514048, https://help.windev.com/?1514048)
num1 is real
num1 = 123 456.478
num2 is real
num2 = 7_014.478
Trace(num1)
Trace(num2)
