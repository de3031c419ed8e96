// A multi-line string: `[` ending a line where a value is expected, the lines up to the one that
// starts with `]`; its lines are joined with RC (CR+LF), as WINDEV's line breaks are.
s est une chaîne = [
première ligne
	deuxième ligne, "entre guillemets"
]
Trace(Remplace(s, RC, "|"))
t est un tableau de entiers = [1, 2]
Trace(t[2])
u est une chaîne = [
		indentée
			plus loin
	]
Trace(Remplace(u, RC, "|"))
