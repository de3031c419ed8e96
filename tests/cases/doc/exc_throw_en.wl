// Help: ExceptionDéclenche / ExceptionThrow (3034005, https://help.windev.com/?3034005)
WHEN EXCEPTION IN
	ExceptionThrow(2)
DO
	SWITCH ExceptionInfo(errCode)
		CASE 1: Trace("one")
		CASE 2: Trace("two")
	END
END
