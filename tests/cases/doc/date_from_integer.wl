// Help: DateVersChaîne (Fonction) (3027025, https://help.windev.com/?3027025)
// EntierVersDate(73773) is 25/12/2001: day 1 is 01/01/1800.
Trace(DateVersChaîne(EntierVersDate(73773)))
