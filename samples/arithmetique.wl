// Les règles de calcul de WLanguage : la division ne tronque jamais, + concatène dès
// qu'une chaîne est en jeu, les réels s'affichent avec au plus 15 chiffres significatifs
// et les booléens valent 1 et 0.

Trace("10 / 4 =", 10 / 4)           // 2.5, pas 2
Trace("10 / 5 =", 10 / 5)           // 2 : un résultat entier reste entier
Trace("10 / 3 =", 10 / 3)           // 15 chiffres significatifs
Trace("2 / 3 =", 2 / 3)
Trace("0.1 + 0.2 =", 0.1 + 0.2)     // 0.3 : pas de 0.30000000000000004
Trace("7 % 3 =", 7 % 3)             // modulo
Trace("2 ^ 10 =", 2 ^ 10)           // puissance
Trace("2 + 3 * 4 =", 2 + 3 * 4)     // priorités habituelles
Trace("(2 + 3) * 4 =", (2 + 3) * 4)
Trace("-7 + 2 =", -7 + 2)

// + avec une chaîne : concaténation
Trace("12" + 3)                     // "123"
Trace("Total : " + 5 * 2)           // * passe avant + : "Total : 10"

// Une chaîne affectée à un entier est convertie.
n est un entier = "12"
Trace(n + 3)                        // 15

// Les booléens
Trace(Vrai, Faux, 5 > 3, 2 = 3)

// Les réels : pas de zéros inutiles
r est un réel = 2.5
Trace(r * 2, r / 2, r * r, 1.0)

// Fonctions numériques
Trace(Arrondi(3.14159, 2), Arrondi(2.5), Abs(-4), Racine(16))
Trace(Max(3, 9, 4), Min(3, 9, 4))
