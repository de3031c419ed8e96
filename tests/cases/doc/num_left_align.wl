// Help: NumériqueVersChaîne / NumToString (3024024, https://help.windev.com/?3024024)
Trace("[" + NumériqueVersChaîne(42, "-5d") + "]")
