// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
TabJour est un tableau de chaînes = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"]
Trace(TabJour[2])
Trace(TabJour..Occurrence)
