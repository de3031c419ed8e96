// Help: DateVersChaîne (Fonction) (3027025, https://help.windev.com/?3027025)
Trace(DateVersChaîne("20191225"))
Trace(DateVersChaîne(""))
Trace("[" + DateVersChaîne("") + "]")
