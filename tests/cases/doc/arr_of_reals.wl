// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
t est un tableau de réels = [1.5, 2.25]
Trace(t[1] + t[2])
