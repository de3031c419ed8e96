// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
// Unsure: page 1514030 (v20+) shows `arrMyArray[1,1] // Displays 'January'` for an array of arrays, but its declaration and filling were cut.
tabMois est un tableau de tableaux de chaînes
Ajoute(tabMois, ["Janvier", "300"])
Ajoute(tabMois, ["Février", "280"])
Trace(tabMois[1, 1])
Trace(tabMois[1, 2])
Trace(tabMois[2][1])
