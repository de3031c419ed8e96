// A class hierarchy (help 6010006, 6010007, 6010001, 6010003): a base class with a constructor,
// a redefined method, the ancestor's method called from a derived class, a destructor and a
// class member.
// PROTECTED members are seen by the class and the classes derived from it (help 6010006).
Shape is Class
	PROTECTED
		m_sName is string
	PUBLIC
		GLOBAL nbShapes is int
END

Rectangle is Class
	inherits from Shape
	m_rWidth is real
	m_rHeight is real
END

Square is Class
	inherits from Rectangle
END

Circle is Class
	inherits from Shape
	m_rRadius is real
END

// Dynamic objects in an array of the base class: each call runs the class's own method (help 6010003).
arrShapes is array of Shape dynamic
Add(arrShapes, new Rectangle(3, 4))
Add(arrShapes, new Square(2.5))
Add(arrShapes, new Circle(1))
FOR EACH s OF arrShapes
	Trace(s.Describe())
END
// A GLOBAL member belongs to the class, not to one object (help 6010006).
Trace(Shape::nbShapes + " shapes")
// delete runs the destructor (help 6010001).
FOR EACH s OF arrShapes
	delete s
END

PROCEDURE Shape::Constructor(sName is string)
	m_sName = sName
	Shape::nbShapes++

PROCEDURE Shape::Destructor()
	Trace("goodbye " + m_sName)

// VIRTUAL: a derived class redefines it, and the base class's code calls the redefinition (help 6010007).
PROCEDURE VIRTUAL Shape::Area() : real
	RESULT 0

PROCEDURE Shape::Describe() : string
	RESULT m_sName + " of area " + NumToString(Area(), ".2f")

// A derived class's constructor calls its ancestor's one with Constructor Ancestor(...) (help 6010001).
PROCEDURE Rectangle::Constructor(rW is real, rH is real)
	Constructor Shape("rectangle")
	m_rWidth = rW
	m_rHeight = rH

PROCEDURE Rectangle::Area() : real
	RESULT m_rWidth * m_rHeight

PROCEDURE Square::Constructor(rSide is real)
	Constructor Rectangle(rSide, rSide)
	m_sName = "square"

// Ancestor::Method() runs the ancestor's version of a redefined method (help 6010007).
PROCEDURE Square::Describe() : string
	RESULT Rectangle::Describe() + " (side " + m_rWidth + ")"

PROCEDURE Circle::Constructor(rRadius is real)
	Constructor Shape("circle")
	m_rRadius = rRadius

PROCEDURE Circle::Area() : real
	RESULT 3.14159 * m_rRadius * m_rRadius
