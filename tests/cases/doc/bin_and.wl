// Help: Opérateurs binaires / Binary operators (1512009, https://help.windev.com/?1512009)
Trace(12 & 10)
