// Help: Opérateurs d'affectation (1515003, https://help.windev.com/?1515003)
// `<=` assigns by copy: the elements are copied, the two arrays are then independent.
t1 est un tableau d'entiers = [1, 2, 3]
t2 est un tableau d'entiers
t2 <= t1
t2[1] = 99
Trace(t1[1])
Trace(t2[1])
Trace(t2..Occurrence)
