// Help: Opérateurs binaires / Binary operators (1512009, https://help.windev.com/?1512009)
// Choice: infix form "<Value 1> bitLeftShift <Value 2>" as the page writes it
Trace(4 bitLeftShift 1)
Trace(4 bitRightShift 2)
