// Type declarations that name no type, declare two types at once, or give a lambda a
// parameter that is no name.
t est un tableau de 5
A, B sont des Structure
FIN
f est un variant = (1, b) => b
