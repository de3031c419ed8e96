// Several syntax errors in one file are all reported together, in order.
x est un entier =
SI ALORS
	Info(1)
FIN
Info(2 +)
POUR i = 1 A
FIN
y est un entier = )
Info("le reste est correct")
