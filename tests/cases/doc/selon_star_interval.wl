// Help: Instruction SELON / SWITCH statement (1510008, https://help.windev.com/?1510008)
// Choice: 25 and 20 match no CAS and nothing is printed (10<*<20 is strict)
Teste(10)
Teste(15)
Teste(40)
Teste(25)
Teste(20)
Trace("fin")

PROCÉDURE Teste(Valeur)
SELON Valeur
	CAS 10 : Trace(10)
	CAS 10<*<20 : Trace("Compris entre 10 et 20")
	CAS >30 : Trace("Supérieur à 30")
FIN
