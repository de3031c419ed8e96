// Recursion: a procedure that calls itself. Factorial, Fibonacci, the greatest common
// divisor and the towers of Hanoi.

FOR n = 0 TO 10 STEP 5
	Trace("fact(" + n + ") =", Factorial(n))
END

sFibo is string = "Fibonacci:"
FOR i = 1 TO 12
	sFibo += " " + Fibonacci(i)
END
Info(sFibo)

Trace("gcd(84, 36) =", GCD(84, 36))

nMoves is int
Hanoi(3, "A", "C", "B")
Trace("moves:", nMoves)

PROCEDURE Factorial(n is int) : int
IF n <= 1 THEN RESULT 1
RESULT n * Factorial(n - 1)

PROCEDURE Fibonacci(n is int) : int
IF n <= 2 THEN RESULT 1
RESULT Fibonacci(n - 1) + Fibonacci(n - 2)

PROCEDURE GCD(a is int, b is int) : int
IF b = 0 THEN RESULT a
RESULT GCD(b, a % b)

// Move n disks from sFrom to sTo using sVia.
PROCEDURE Hanoi(n is int, sFrom is string, sTo is string, sVia is string)
IF n = 0 THEN RETURN
Hanoi(n - 1, sFrom, sVia, sTo)
nMoves++
Info("disk " + n + ": " + sFrom + " -> " + sTo)
Hanoi(n - 1, sVia, sTo, sFrom)
