// Help: Opérateurs arithmétiques / Arithmetic operators (1512008, https://help.windev.com/?1512008)
// Choice: same rule as Trace(x++): x++ gives the value then increments, --x decrements then gives the value
x est un entier = 5
y est un entier = x++
Trace(y)
Trace(x)
z est un entier = --x
Trace(z)
Trace(x)
