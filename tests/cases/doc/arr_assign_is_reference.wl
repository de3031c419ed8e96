// Help: Opérateurs d'affectation (1515003, https://help.windev.com/?1515003)
// Arrays: after t2 = t1 the destination array is a reference to the source array.
t1 est un tableau d'entiers = [1, 2, 3]
t2 est un tableau d'entiers
t2 = t1
t2[1] = 99
Trace(t1[1])
Ajoute(t2, 4)
Trace(t1..Occurrence)
