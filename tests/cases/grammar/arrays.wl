// Arrays: `tableau de N entiers`, the French elision `tableau d'entiers`, `tableau dynamique`,
// English `array of N int`, several dimensions.
t1 est un tableau de 3 entiers
t2 est un tableau d'entiers = [1, 2]
t3 est un tableau dynamique de chaînes
t4 is array of 2 strings
n est un entier = 4
t5 est un tableau de n booléens
Ajoute(t3, "x")
Trace(t1..Occurrence, t2.Count, t3..Taille, t4..Occurrence, t5..Occurrence)
m est un tableau de 3 par 4 entiers
m[3, 4] = 12
Trace(m..Occurrence, m[3, 4], m[1, 1])
