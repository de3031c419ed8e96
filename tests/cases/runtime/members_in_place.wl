// Members and elements read and changed in place (interp::compile: int_member, assign_member,
// with_element): integers, and everything that is not the fast case.
Point est une Structure
	x est un entier
	y est un entier
	nom est une chaîne
	r est un réel
FIN
CPoint est une Classe
	x est un entier
	nom est une chaîne
FIN

t est un tableau de Point
p est un Point
POUR i = 1 _A_ 3
	p.x = i
	p.y = 10 * i
	p.nom = "p" + i
	p.r = i / 2
	Ajoute(t, p)
FIN
i est un entier = 2
Trace(t[i].x + t[i].y, t[i].x * 3 - t[1].y, (t[3].x + t[3].y) % 7)
// A member that is not an integer, in an arithmetic expression.
Trace(t[i].nom + t[i].x, t[i].r + t[i].x, t[1].r * 2)
// Assignments: integers, conversions, strings appended in place.
t[i].x = t[i].x + t[i].y
t[i].y += 5
t[i].nom += "!"
t[i].x = 2.9
t[3].r = t[3].r + 0.25
Trace(t[i].x, t[i].y, t[i].nom, t[3].r)
// Index out of bounds and not an array: the general errors.
QUAND EXCEPTION DANS
	Trace(t[4].x + 1)
FAIRE
	Trace("erreur :", ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	t[0].x = 1
FAIRE
	Trace("erreur :", ExceptionInfo())
FIN
n est un entier = 5
QUAND EXCEPTION DANS
	Trace(n[1] + 1)
FAIRE
	Trace("erreur :", ExceptionInfo())
FIN
// Arrays of integers and of several dimensions.
u est un tableau de 3 entiers = [4, 5, 6]
Trace(u[1] + u[3], u[i] * u[i])
m est un tableau de 2 par 2 entiers
m[1, 2] = 7
Trace(m[1, 2] + 1)
// Objects, and arrays held by a by-reference parameter.
o est un CPoint
o.x = 40
o.x += 2
o.nom = "objet"
Trace(o.x + 1, o.nom)
Double(t, 1)
Trace(t[1].x, t[1].y)
v est un Variant = t
Trace(v[1].x + v[2].x)

PROCÉDURE Double(tab, k)
tab[k].x = tab[k].x * 2
tab[k].y *= 2
Trace(tab[k].x + tab[k].y)
