// Help: Autres opérateurs / Other operators (1512004, https://help.windev.com/?1512004)
// Choice: brackets give the priority order (page 1512004); * before - as usual
A1 est un entier = 7
B1 est un entier = 3
Trace((A1 - B1) * 5)
Trace(A1 - B1 * 5)
