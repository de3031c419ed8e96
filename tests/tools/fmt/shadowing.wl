// A user name that is also a builtin's (`taille`) keeps its case everywhere; builtins called
// elsewhere take their table spelling.
taille est un entier = 3
Trace(taille, majuscule("a"))
nb est un entier = taille + 1
Trace(chaineconstruit("%1", nb))
