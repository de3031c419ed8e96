// Help: Instruction SELON / SWITCH statement (1510008, https://help.windev.com/?1510008)
Quantity is int = 2
SWITCH Quantity
	CASE 1: Trace("one")
	CASE 2: Trace("two")
	OTHER CASE: Trace("other")
END
SWITCH 15
	CASE 10<*<20: Trace("between 10 and 20")
END
