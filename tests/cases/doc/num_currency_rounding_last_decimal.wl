// Help: Monétaire (Type de variable) (1514043, https://help.windev.com/?1514043)
// Unsure: rounding vs truncation at the 6th decimal is not stated.
m est un monétaire = 2
m = m / 3
Trace(m)
