// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
// Help: Tableau dynamique (1514057, https://help.windev.com/?1514057)
// Unsure: ..Occurrence and Dimension on a 2-dimension array: the pages seen do not say whether they count all elements or the first dimension; Dimension(t, n) as 'size of dimension n' is also unverified (Dimension(t, n) with a count resizes a one-dimension array in older versions).
// Choice: ..Occurrence and Dimension(t) count every element; Dimension(t, n1, n2) resizes, one size per dimension, elements keeping their indices (README, compatibility notes).
t est un tableau de 3 par 4 entiers
Trace(t..Occurrence)
Trace(Dimension(t))
t[3, 4] = 7
Dimension(t, 4, 5)
Trace(Dimension(t))
Trace(t[3, 4])
Trace(t[4, 5])
