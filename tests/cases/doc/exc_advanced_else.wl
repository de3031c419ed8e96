// Help: Mécanisme des exceptions spécifiques / Mechanism of specific exceptions (3034003, https://help.windev.com/?3034003)
QUAND EXCEPTION DANS
	Trace("code risqué")
FAIRE
	Trace("exception")
SINON
	Trace("pas d'exception")
FIN
Trace("suite")
