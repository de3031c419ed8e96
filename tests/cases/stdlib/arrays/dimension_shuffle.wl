// Help: Dimension (3013022), TableauMélange (1000021017)
t est un tableau de entiers = [1, 2, 3]
Info(Dimension(t))
Info(Dimension(t, 5), TableauVersChaîne(t, " "))
Dimension(t, 2)
Info(TableauVersChaîne(t, " "))
s est un tableau de chaînes
Dimension(s, 2)
Info(TableauOccurrence(s), "[" + s[1] + "]")
QUAND EXCEPTION DANS
	Dimension(t, 1000000000000)
FAIRE
	Info(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Dimension(t, -1)
FAIRE
	Info(ExceptionInfo())
FIN
Info(TableauOccurrence(t))
// TableauMélange: the same elements in another order, reproducible after InitHasard.
m est un tableau de entiers = [1, 2, 3, 4, 5, 6, 7, 8]
InitHasard(7)
TableauMélange(m)
premier est une chaîne = TableauVersChaîne(m, " ")
TableauTrie(m)
Info(TableauVersChaîne(m, " "))
InitHasard(7)
TableauTrie(m)
TableauMélange(m)
Info(TableauVersChaîne(m, " ") = premier)
