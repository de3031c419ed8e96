// Help: NumériqueVersChaîne / NumToString (3024024, https://help.windev.com/?3024024)
// Choice: "If <Number> is a string, this string is returned as it is. The format is ignored." (the PHP exception does not apply)
Trace(NumériqueVersChaîne("abc", "05d"))
