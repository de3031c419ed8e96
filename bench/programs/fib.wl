// Recursive calls: naive Fibonacci.
Info(Fib(28))

PROCEDURE Fib(n est un entier) : entier
SI n < 2 ALORS RENVOYER n
RENVOYER Fib(n - 1) + Fib(n - 2)
