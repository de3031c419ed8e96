// Help: Instruction SI / IF statement (1510011, https://help.windev.com/?1510011)
// Choice: a SI whose action is on the next lines ends with FIN; SINON followed by an action on its line without FIN is refused (exit 2).
x est un entier = 1
SI x = 1 ALORS
	Trace("un")
SINON Trace("autre")
Trace("suite")
