// Help: Opérateurs binaires / Binary operators (1512009, https://help.windev.com/?1512009)
// Choice: & binds tighter than the comparisons (no page retrieved gives the priority).
Droits est un entier = 0x0F
SI Droits & 4 <> 0 ALORS Trace("bit 3 présent")
Trace(Droits & 0xF0)
