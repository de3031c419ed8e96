// Help: Les différents types d'entiers (1514049, https://help.windev.com/?1514049)
// Unsure: the sum is computed wider than 4 bytes before being stored in the 8-byte integer (the README: integer arithmetic overflowing 8 bytes continues in reals).
i est un entier = 2147483647
j est un entier sur 8 octets = i + 1
Trace(j)
