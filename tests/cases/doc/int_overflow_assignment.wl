// Help: Les différents types d'entiers / The different types of integers (1514049, https://help.windev.com/?1514049)
// Choice: a sized integer keeps the low bits of a value too large for it (wrap-around, two's complement).
i est un entier sur 1 octet
i = 200
Trace(i)
