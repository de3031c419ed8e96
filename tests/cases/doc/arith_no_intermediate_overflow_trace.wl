// Help: Opérateurs arithmétiques / Arithmetic operators (1512008, https://help.windev.com/?1512008)
// Choice: no assignment, so no overflow check: the exact sum is shown
i est un entier = 2000000000
Trace(i + i)
