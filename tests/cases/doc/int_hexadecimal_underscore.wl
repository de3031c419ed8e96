// Help: Les différents types d'entiers / The different types of integers (1514049, https://help.windev.com/?1514049)
// Choice: "_" as block separator in hexadecimal numbers (version 23 and later)
Nb1 est un entier = 0x_12_15_A4_BC
Trace(Nb1)
