// Running a declaration of a structure variable: a clear runtime error naming the construct.
Point is Structure
	x, y are int
END
Trace("avant")
p is Point
p.x = 1
