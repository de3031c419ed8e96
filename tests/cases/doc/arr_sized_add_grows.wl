// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
// `tableau de N` is a (non-fixed) array: Ajoute still adds after the N initial elements.
t est un tableau de 2 entiers
Ajoute(t, 7)
Trace(t..Occurrence)
Trace(t[3])
