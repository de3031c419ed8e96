// Procedures are values: pass one as a parameter and call it through that parameter,
// keep it in a variable, and hand an internal procedure to another procedure.

arrNumbers is array of int = [3, 8, 1, 6]

Trace("doubled:", Join(Map(arrNumbers, Twice)))
Trace("squared:", Join(Map(arrNumbers, Square)))

// A variable can hold a procedure.
pOperation is variant = Square
Trace("through a variable:", pOperation(9))

// An internal procedure is a value too, and it sees the locals around it.
nOffset is int = 100
Trace("shifted:", Join(Map(arrNumbers, AddOffset)))

INTERNAL PROCEDURE AddOffset(n)
	RESULT n + nOffset
END

// Apply pTransform to every element; return a new array.
PROCEDURE Map(arrIn is array of int, pTransform)
arrOut is array of int
FOR EACH n OF arrIn
	Add(arrOut, pTransform(n))
END
RESULT arrOut

PROCEDURE Join(arr)
sText is string
FOR i = 1 TO ArrayCount(arr)
	IF i > 1 THEN sText += ", "
	sText += arr[i]
END
RESULT "[" + sText + "]"

PROCEDURE Twice(n)
RESULT 2 * n

PROCEDURE Square(n)
RESULT n * n
