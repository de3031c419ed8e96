// Several values: used as one value they give the first; a variant keeps them for later.
soit (a, b, c) = Trois()
Trace(a, b, c)
n est un entier = Trois()
Trace(n, Trois() + 1)
v est un variant = Trois()
x, y sont des variants
(x, y) = v
Trace(x, y)
t est un tableau de 2 par 2 entiers
(t[1, 1], t[2, 2]) = (5, 6)
Trace(t[1, 1], t[2, 2], t[1, 2])

PROCÉDURE Trois()
RENVOYER (1, "deux", 3.5)
