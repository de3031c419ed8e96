// Help: DateVersChaîne (Fonction) (3027025, https://help.windev.com/?3027025)
Trace(DateVersChaîne("20191225", "MM-JJ-AAAA"))
Trace(DateVersChaîne("20031202", "Jjj JJ Mmm AAAA"))
Trace(DateVersChaîne("20031202", "Jjjj JJ Mmmm AAAA"))
