// Help: Instruction SI / IF statement (1510011, https://help.windev.com/?1510011)
Age is int = 20
IF Age > 60 THEN
	Trace("elderly")
ELSE IF Age > 18 THEN
	Trace("adult")
ELSE
	Trace("child")
END
