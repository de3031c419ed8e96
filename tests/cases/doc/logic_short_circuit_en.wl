// Help: Opérateurs logiques / Logical operators (1512003, https://help.windev.com/?1512003)
IF False _AND_ Check() THEN Trace("true") ELSE Trace("false")
IF True _OR_ Check() THEN Trace("true") ELSE Trace("false")
IF False AND Check() THEN Trace("true") ELSE Trace("false")

PROCEDURE Check()
Trace("evaluated")
RESULT True
