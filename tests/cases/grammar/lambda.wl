// Lambdas: `(a, b) => a + b`, `x => x * 2`, `() => 1`. Their bodies resolve (with the enclosing
// variables); evaluating one stops the script, naming the construct.
facteur est un entier = 3
QUAND EXCEPTION DANS
	f est un variant = (a, b) => a + b * facteur
FAIRE
	Trace(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Trace(x => x * 2)
FAIRE
	Trace(ExceptionInfo())
FIN
g est un variant = () => 1
