// Help: Durée (Type de variable) (1514069, https://help.windev.com/?1514069): a Durée takes a
// string, an integer of milliseconds or a readable duration (3 min 30 s); ChaîneVersDurée.
// Choice: a string holding a readable duration ("1 j 2 h", "3min30s", "2 heures") is read
// as the literal would be, by assignment and by ChaîneVersDurée.
d est une Durée = "1 j 2 h"
Trace(d, d..EnHeures)
d = "3min30s"
Trace(d..EnSecondes)
Trace(ChaîneVersDurée("1 s")..EnMillisecondes, ChaîneVersDurée("+0000100000000"))
e est une Durée = ChaîneVersDurée("2 heures")
Trace(e..EnMinutes)
Trace(ChaîneVersDurée("n'importe quoi"), ErreurDétectée)
d = "1500"
Trace(d..EnMillisecondes)
