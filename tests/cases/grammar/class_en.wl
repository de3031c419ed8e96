// The same in English: CLASS, INHERITS FROM, PRIVATE, PROTECTED, ABSTRACT, MySelf, new, delete.
Shape is Class
	PROTECTED
		name is string
FIN
Square is Class
	INHERITS FROM Shape
	PRIVATE side is real
END
Trace("classes")
Make()
PROCEDURE ABSTRACT Shape.Area()
PROCEDURE Square.Area()
RESULT MySelf.side * :side
PROCEDURE Make()
o is Square dynamic
o = new Square()
Trace(o.Area())
delete o
Trace("made", o = Null)
