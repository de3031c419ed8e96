// Help: Mécanisme des exceptions spécifiques / Mechanism of specific exceptions (3034003, https://help.windev.com/?3034003)
WHEN EXCEPTION IN
	Trace("risky code")
DO
	Trace("exception")
ELSE
	Trace("no exception")
END
