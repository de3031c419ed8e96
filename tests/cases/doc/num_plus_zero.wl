// Help: NumériqueVersChaîne / NumToString (3024024, https://help.windev.com/?3024024)
// Choice: "if <Sign> is specified and the number is equal to 0, the + sign is displayed"
Trace(NumériqueVersChaîne(0, "+d"))
