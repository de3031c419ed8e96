// Help: Date (Type de variable) (1514066, https://help.windev.com/?1514066)
// Unsure: the page initialises a Date with 1205 without saying what it means; day number 1205 counted like EntierVersDate (1 = 01/01/1800) is assumed.
DateDébut est une Date = 1205
Trace(DateVersChaîne(DateDébut, "AAAAMMJJ"))
