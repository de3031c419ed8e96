// Help: NumériqueVersChaîne / NumToString (3024024, https://help.windev.com/?3024024)
// Choice: "If the specified length is too small to contain the significant part of the number, it will be ignored"
Trace(NumériqueVersChaîne(12345, "3d"))
