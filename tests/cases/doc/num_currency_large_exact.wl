// Help: Monétaire (Type de variable) (1514043, https://help.windev.com/?1514043)
// Up to 17 digits for the integer part and 6 for the decimal part, exact.
m est un monétaire = 0m12345678901234567
m = m + 0m0.5
Trace(m)
n est un monétaire = 0m0.000001
n = n * 3
Trace(n)
