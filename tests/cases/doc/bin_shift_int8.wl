// Help: Opérateurs binaires / Binary operators (1512009, https://help.windev.com/?1512009)
// Choice: result type follows the operand: an 8-byte integer keeps the bits a 4-byte one loses
i est un entier sur 8 octets = 4
Trace(bitLeftShift(i, 30))
