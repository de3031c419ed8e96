// `++` and `--` inside expressions (page 1512008): postfix gives the value before, prefix after.
x est un entier = 5
Trace(x++)
Trace(++x)
Trace(--x)
Trace(x--)
Trace(x)
t est un tableau de entiers = [1, 2]
y est un entier = t[2]++ + 10
Trace(y, t[2])
++x
Trace(x)
