// Help: Opérateurs d'affectation (1515003, https://help.windev.com/?1515003)
// Unsure: all values are assumed evaluated before any assignment.
a est un entier = 1
b est un entier = 2
(a, b) = (b, a)
Trace(a)
Trace(b)
