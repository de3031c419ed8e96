// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
// Unsure: ..Vide on arrays: property page not read.
t est un tableau d'entiers
Trace(t..Vide)
Ajoute(t, 1)
Trace(t..Vide)
