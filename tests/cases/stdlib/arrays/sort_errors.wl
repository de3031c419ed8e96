// Help: Tri / TableauTrie (1000017364)
t est un tableau de entiers = [3, 1, 2]
QUAND EXCEPTION DANS
	TableauTrie(t, 99)
FAIRE
	Info(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	TableauTrie(t, ttFonction)
FAIRE
	Info(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	TableauTrie(t, ttFonction, "Inconnue")
FAIRE
	Info(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	TableauTrie(t, ttColonne, 2)
FAIRE
	Info(ExceptionInfo())
FIN
// An error inside the comparison procedure stops the sort and leaves the array as it was.
QUAND EXCEPTION DANS
	TableauTrie(t, ttFonction, Casse)
FAIRE
	Info(ExceptionInfo())
FIN
Info(TableauVersChaîne(t, " "))
m est un tableau de variants = [1, [2], 3]
TableauTrie(m)

PROCÉDURE Casse(a, b)
RENVOYER a / (b - b)
