// Help: NumériqueVersChaîne / NumToString (3024024, https://help.windev.com/?3024024)
Trace("[" + NumToString(12345.5, "+10.2f") + "]")
Trace("[" + NumToString(123, "05d") + "]")
