// Arrays of integers keep their integers compactly (value::items): every operation on them, and
// an element that stops being an integer (through a by-reference parameter), which turns the
// array into one of values.
t est un tableau de entiers
POUR i = 1 _A_ 5
	Ajoute(t, 6 - i)
FIN
Trace(t[1], t[5], TableauOccurrence(t), t..Occurrence)
t[2] = 40
t[3] += 5
t[4]++
Trace(t[2], t[3], t[4])
TableauTrie(t)
Trace(t[1], t[2], t[3], t[4], t[5])
TableauInsère(t, 2, 7)
TableauSupprime(t, 1)
Trace(t[1], t[2], TableauOccurrence(t))
TableauInverse(t)
Trace(t[1], TableauCherche(t, tcLinéaire, 7))
u est un tableau de entiers
TableauCopie(t, u)
Trace(u[1] + u[2], TableauOccurrence(u))
s est une chaîne
Sérialise(t, s, psdJSON)
Trace(s)
n est un entier = 0
POUR TOUT x, k DE t
	n += x * k
FIN
Trace(n)
m est un tableau de 2 par 3 entiers
m[2, 3] = 9
m[1, 1] = m[2, 3] + 1
Trace(m[1, 1], m[2, 3], m[2, 2])
Dimension(m, 3, 3)
Trace(m[1, 1], m[3, 3])
r est un tableau de 3 réels = [1, 2.5, 3]
Trace(r[2] * 2)
// A string stored through a by-reference parameter: the array holds values from then on.
Change(t[2])
Trace(t[2], t[1] + t[3])
Ajoute(t, 100)
Trace(t[TableauOccurrence(t)], TableauOccurrence(t))
TableauSupprimeTout(t)
Trace(TableauOccurrence(t))

PROCÉDURE Change(x)
x = "texte"
