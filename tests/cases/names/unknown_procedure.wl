// A call to a procedure that exists nowhere (a typo in a builtin name).
Info("jamais affiché")
Infos("bonjour")
x est un entier = Calcule(2)
