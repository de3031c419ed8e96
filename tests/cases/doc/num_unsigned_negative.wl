// Help: Les différents types d'entiers (1514049, https://help.windev.com/?1514049)
// Unsure: a negative value in an unsigned integer: wrapping assumed.
i est un entier sans signe sur 1 octet = -1
Trace(i)
