// Help: Opérateurs arithmétiques / Arithmetic operators (1512008, https://help.windev.com/?1512008)
// Choice: "calculations are performed without loss of precision and without being truncated; overflow checks are performed when the result is assigned"
i est un entier = 2000000000
j est un entier = 2000000000
r est un réel = i + j
Trace(r)
