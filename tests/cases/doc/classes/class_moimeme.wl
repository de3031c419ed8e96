// Help: Instanciation dynamique d'un objet (6010003, https://help.windev.com/?6010003)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)` (the name issue 12 uses); in WINDEV they live in the class's own code.
// Choice: `MoiMême` (MySelf) is the keyword the issue names for the current object, like `objet`/`this` on page 6010003.
CPoint est une Classe
	x est un entier
FIN
p est un CPoint
p.Fixe(4)
Trace(p.x)

PROCÉDURE CPoint.Fixe(n)
MoiMême.x = n * 2
