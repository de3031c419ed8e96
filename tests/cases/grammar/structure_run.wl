// A structure variable in English: its members start at 0.
Point is Structure
	x, y are int
END
Trace("avant")
p is Point
p.x = 1
Trace(p.x, p.y)
