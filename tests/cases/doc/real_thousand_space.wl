// Help: Réel (Type de variable) / Reals (1514048, https://help.windev.com/?1514048)
// Choice: a real prints without thousand separators
num1 est un réel
num1 = 123 456.478
Trace(num1)
