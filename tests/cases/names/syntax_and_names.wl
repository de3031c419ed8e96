// A syntax error does not hide the name errors of the rest of the file: both are reported. A
// name the broken line declared is not called unknown.
x est un entier =
Trace(x)
Trace(inconnu)
SI y ALORS
	Info(1)
FIN
