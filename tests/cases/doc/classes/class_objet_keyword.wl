// Help: Instanciation dynamique d'un objet (6010003, https://help.windev.com/?6010003)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)` (the name issue 12 uses); in WINDEV they live in the class's own code.
// In a method, `objet` (or `this`/MoiMême) is the current instance.
CPoint est une Classe
	x est un entier
FIN
p est un CPoint
p.Fixe(9)
Trace(p.x)

PROCÉDURE CPoint.Fixe(n)
objet.x = n
Trace(objet.x)
