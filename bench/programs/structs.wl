// Structure member access: an array of points, moved and summed member by member.
Point est une Structure
	x est un entier
	y est un entier
FIN

t est un tableau de Point
p est un Point
POUR i = 1 _A_ 1000
	p.x = i
	p.y = 2 * i
	Ajoute(t, p)
FIN
nSomme est un entier = 0
POUR tour = 1 _A_ 1000
	POUR i = 1 _A_ 1000
		t[i].x = (t[i].x + t[i].y) % 1000
		nSomme = nSomme + t[i].x
	FIN
FIN
Info(nSomme)
