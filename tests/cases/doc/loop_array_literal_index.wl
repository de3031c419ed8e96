// Help: Tableau (Type de variable) / Array (1514030, https://help.windev.com/?1514030)
TableauJour est un tableau de chaînes = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"]
Trace(TableauJour[2])
