// Help: Mécanisme des exceptions spécifiques / Mechanism of specific exceptions (3034003, https://help.windev.com/?3034003)
// Choice: "After the execution of an exception process, the WLanguage code following the process is run"
QUAND EXCEPTION DANS
	Trace("avant")
	ExceptionDéclenche(3)
	Trace("jamais")
FAIRE
	Trace("traitement")
FIN
Trace("après")
