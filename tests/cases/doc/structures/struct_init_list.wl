// Help: Structure (Type de variable) (1514008, https://help.windev.com/?1514008)
// Help: Affectation multiple des tableaux, structures et classes (1514031, https://help.windev.com/?1514031)
point3D est une Structure
	x est un entier
	y est un entier
	z est un entier
FIN
p1 est un point3D = [0, 0, 50]
Trace(p1.x)
Trace(p1.y)
Trace(p1.z)
