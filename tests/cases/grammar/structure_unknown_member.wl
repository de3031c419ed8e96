// A member the structure does not declare is reported before running; a known one resolves.
Point est une Structure
	x est un entier
FIN
p est un Point
p.x = 1
p.z = 2
Trace(p.y)
