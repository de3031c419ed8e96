// Help: NumériqueVersChaîne / NumToString (3024024, https://help.windev.com/?3024024)
// Choice: the types x, X, o and e follow C's printf.
Trace(NumériqueVersChaîne(255, "x"))
Trace(NumériqueVersChaîne(255, "X"))
Trace(NumériqueVersChaîne(8, "o"))
Trace(NumériqueVersChaîne(1234.5, "e"))
