// Help: Affectation multiple des tableaux, structures et classes (1514031, https://help.windev.com/?1514031)
// Unsure: 1514031: sub-dimensions may have different numbers of elements; whether that needs an array of arrays is not stated.
t est un tableau de tableaux d'entiers
t = [[1], [2, 3, 4]]
Trace(t[2]..Occurrence)
Trace(t[2, 3])
