// Help: NumériqueVersChaîne / NumToString (3024024, https://help.windev.com/?3024024)
// Choice: the length counts the sign; default right alignment, padded with spaces
Trace("[" + NumériqueVersChaîne(-12, "5d") + "]")
