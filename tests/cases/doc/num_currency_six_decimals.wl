// Help: Monétaire (Type de variable) (1514043, https://help.windev.com/?1514043)
// Help: Les différents types de données (1514064, https://help.windev.com/?1514064)
// Note: 1/3 kept on 6 decimals is 0.333333; times 3 gives exactly 0.999999 (no binary rounding).
// Precision is assured on 6 decimals.
m est un monétaire = 1
m = m / 3
Trace(m)
m = m * 3
Trace(m)
