// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
// Help: Les différents types d'entiers (1514049, https://help.windev.com/?1514049)
// An array declared with a size holds that many elements, each with its type's default value.
t est un tableau de 5 entiers
Trace(t..Occurrence)
Trace(t[1] + t[5])
s est un tableau de 2 chaînes
Trace("[" + s[1] + "]")
