// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
// Unsure: the Dimension page was not read; Dimension(t) as the element count and Dimension(t, n) as a resize are from memory of the function.
t est un tableau d'entiers = [1, 2]
Trace(Dimension(t))
Dimension(t, 5)
Trace(t..Occurrence)
Trace(t[5])
