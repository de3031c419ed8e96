// Help: Classes, membres, méthodes et propriétés (6010006, https://help.windev.com/?6010006)
// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)` (the name issue 12 uses); in WINDEV they live in the class's own code.
CPanier est une Classe
	Articles est un tableau de chaînes
FIN
p est un CPanier
p.AjouteArticle("pain")
p.AjouteArticle("lait")
Trace(p.Articles..Occurrence)
Trace(p.Articles[2])

PROCÉDURE CPanier.AjouteArticle(s)
Ajoute(:Articles, s)
