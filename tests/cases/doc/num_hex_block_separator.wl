// Help: Les différents types d'entiers (1514049, https://help.windev.com/?1514049)
// Note: The page assigns 0x_CD4A_DE58 to an `entier`; it does not fit in 4 signed bytes, so this case uses an 8-byte integer (see unsure/num_hex_overflow_int4).
Nb1 est un entier = 0x_12_15_A4_BC
Trace(Nb1)
Nb2 est un entier sur 8 octets = 0x_CD4A_DE58
Trace(Nb2)
