// Builtins have a fixed number of parameters: too few and too many are both reported.
s is string = Gauche("abc")
Info(Milieu("abcdef", 2, 3, 4))
Info(Taille())
