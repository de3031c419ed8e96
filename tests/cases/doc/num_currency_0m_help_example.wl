// Help: Monétaire (Type de variable) (1514043, https://help.windev.com/?1514043)
// Unsure: the help's own example forces a 26-digit currency literal, beyond the 24 significant digits and the documented range; the printed value is not given.
// Choice: a 0m literal keeps every digit written (up to 38), but a monétaire holds 17 digits before the point: assigning this one is an error (README, compatibility notes).
num1 est un monétaire
num1 = 0m12345678901234567891234567
Trace(num1)
