// Help: Tableau dynamique (1514057, https://help.windev.com/?1514057)
// Help: Allouer (Mot-clé) (1511011, https://help.windev.com/?1511011)
// Note: Page 1514057's example allocates `de 4 par 7` and then writes `[2,5,3]`; this case allocates three dimensions so that the index exists.
TableauClient est un tableau dynamique
TableauClient = allouer un tableau de 4 par 7 par 3 entiers
TableauClient[2, 5, 3] = 47
Trace(TableauClient[2, 5, 3])
Trace(TableauClient[2][5][3])
