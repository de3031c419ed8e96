// The same declarations with English keywords: int, real, string, boolean, variant,
// array of, "are" for several variables, LET for a type taken from the value.

nCount is int = 3
rRate is real = 0.25
sCity is string = "Lyon"
bReady is boolean = False
vAnything is variant = 3.5
Trace(nCount, rRate, sCity, bReady, vAnything)

// Only the last name gets the value.
x, y are real = 1.5
Trace(x, y)

// Array of strings, filled with Add (ArrayAdd works too).
arrTowns is array of strings
Add(arrTowns, "Paris")
ArrayAdd(arrTowns, "Nice")
Trace(ArrayCount(arrTowns), arrTowns[1], arrTowns[2])

// An array with a fixed number of elements, all starting at the default value.
arrSlots is array of 3 int
arrSlots[2] = 20
Trace(arrSlots[1], arrSlots[2], arrSlots[3])

// LET: the variable's type comes from its first value.
LET nTotal = nCount * 4
LET sLabel = sCity + " (" + nTotal + ")"
Info(sLabel)

// Booleans print as 1 and 0.
bReady = nTotal > 10
Info(bReady, NOT bReady)
