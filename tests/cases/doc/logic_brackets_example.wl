// Help: Opérateurs logiques / Logical operators (1512003, https://help.windev.com/?1512003)
A est un entier = 2
B est un entier = -5
SI (A = 2 ET B > 3) OU (A = 2 ET B < 0) ALORS Trace("oui") SINON Trace("non")
