// Help: Date (Type de variable) (1514066, https://help.windev.com/?1514066)
// Help: DateVersChaîne (Fonction) (3027025, https://help.windev.com/?3027025)
d est une Date = "20011231"
Trace(DateVersChaîne(d, "AAAAMMJJ"))
Trace(DateVersChaîne(d, "JJ/MM/AAAA"))
