// Help: TableauInsère (3075009), TableauSupprime (3075008), TableauSupprimeTout (3075010), TableauCopie (3075004), TableauInverse (1000020475)
t est un tableau de entiers = [10, 20, 30]
TableauInsère(t, 1, 5)
TableauInsère(t, 5, 40)
TableauInsère(t, 3, "15")
Info(TableauVersChaîne(t, " "))
TableauSupprime(t, 1)
TableauSupprime(t, TableauOccurrence(t))
Info(TableauVersChaîne(t, " "))
TableauInverse(t)
Info(TableauVersChaîne(t, " "))
copie est un tableau de chaînes
TableauCopie(t, copie)
TableauAjoute(copie, "fin")
Info(TableauVersChaîne(copie, " "), TableauOccurrence(t))
TableauSupprimeTout(t)
Info(TableauOccurrence(t))
QUAND EXCEPTION DANS
	TableauInsère(copie, 10, "x")
FAIRE
	Info(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	TableauSupprime(copie, 0)
FAIRE
	Info(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	TableauSupprime(3, 1)
FAIRE
	Info(ExceptionInfo())
FIN
