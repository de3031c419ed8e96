// Help: Opérateurs binaires / Binary operators (1512009, https://help.windev.com/?1512009)
// Choice: French names bitDécaleGauche / bitDécaleDroite for bitLeftShift / bitRightShift
Trace(bitDécaleGauche(4, 1))
Trace(bitDécaleDroite(4, 2))
