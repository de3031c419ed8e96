// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
// Help: Tableau dynamique (1514057, https://help.windev.com/?1514057)
t est un tableau de 3 par 4 entiers
t[2, 3] = 7
t[3, 4] = 9
Trace(t[2, 3])
Trace(t[3, 4] + t[1, 1])
