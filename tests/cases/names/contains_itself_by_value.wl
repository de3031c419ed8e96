// A structure with a member of its own type that is not dynamic: refused before running.
Adresse est une Structure
	Rue est une chaîne
	Suite est une Adresse
FIN
a est une Adresse
Trace(a.Rue)
