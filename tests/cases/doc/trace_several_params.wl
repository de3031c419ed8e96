// Help: Trace (3013050, https://help.windev.com/?3013050)
// Choice: Trace writes its parameters on one line separated by ", ".
Trace("a", 1, "b")
