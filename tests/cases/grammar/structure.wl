// STRUCTURE ... FIN: members with types and defaults; a variable of the structure, its members.
// The declarations resolve; declaring a variable of the structure stops the run, naming it.
Point est une Structure
	x, y sont des entiers
	nom est une chaîne = "origine"
	poids est un réel <sérialise = faux>
FIN
Trace("déclaré")
PROCÉDURE Norme(p est un Point)
RENVOYER p.x * p.x + p.y * p.y
