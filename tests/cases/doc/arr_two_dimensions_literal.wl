// Help: Affectation multiple des tableaux, structures et classes (1514031, https://help.windev.com/?1514031)
t est un tableau de 2 par 3 entiers
t = [[1, 2, 3], [4, 5, 6]]
Trace(t[1, 3])
Trace(t[2, 1])
