// Help: Classes, membres, méthodes et propriétés (6010006, https://help.windev.com/?6010006)
// Help: Instanciation dynamique d'un objet (6010003, https://help.windev.com/?6010003)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)` (the name issue 12 uses); in WINDEV they live in the class's own code.
// Choice: English: `is Class ... END`, `new`, `delete`, `RESULT`; `is CPoint dynamic` mirrors the French word order (the English page of 6010003 was not read)
CPoint is Class
	x is int
	y is int
END
p is CPoint
p.x = 2
p.y = 3
Trace(p.Sum())
d is CPoint dynamic
d = new CPoint
d.x = 1
Trace(d.Sum())
delete d

PROCEDURE CPoint.Sum()
RESULT :x + :y
