// Help: Tableau (Type de variable) (1514030, https://help.windev.com/?1514030)
ValueArray is array <growth=1> of int
ValueArray[1] = 10
ValueArray[2] = 20
FOR EACH x OF ValueArray
	Trace(x)
END
