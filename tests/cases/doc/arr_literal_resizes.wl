// Help: Affectation multiple des tableaux, structures et classes (1514031, https://help.windev.com/?1514031)
// If the array is too small for the values, it is resized automatically.
t est un tableau de 2 entiers
t = [1, 2, 3, 4]
Trace(t..Occurrence)
Trace(t[4])
