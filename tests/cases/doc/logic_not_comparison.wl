// Help: Opérateurs logiques / Logical operators (1512003, https://help.windev.com/?1512003)
// Choice: PAS applies to the comparison that follows, as in the page "IF NOT Customer.City IN (...)"
x est un entier = 3
SI PAS x = 4 ALORS Trace("pas 4")
SI PAS (x = 3) ALORS Trace("jamais")
