// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
// Expect: a runtime error at t[4] (index 4 out of bounds, the array has 3 elements), exit 1; only the first Trace prints.
t est un tableau d'entiers = [1, 2, 3]
Trace(t[3])
Trace(t[4])
Trace("jamais")
