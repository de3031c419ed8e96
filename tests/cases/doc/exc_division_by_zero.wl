// Help: Mécanisme des exceptions spécifiques / Mechanism of specific exceptions (3034003, https://help.windev.com/?3034003)
// Choice: a division by zero is a programming (fatal) error, so it triggers the exception mechanism
a est un entier = 1
b est un entier = 0
QUAND EXCEPTION DANS
	Trace(a / b)
FAIRE
	Trace("division par zéro attrapée")
FIN
