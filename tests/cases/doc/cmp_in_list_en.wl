// Help: Instruction SI / IF statement (1510011, https://help.windev.com/?1510011)
City is string = "MARSEILLE"
IF City IN ("PARIS", "MARSEILLE", "LYON") THEN
	Info("You live in one of the 3 biggest cities in France")
END
IF City NOT IN ("PARIS", "LYON") THEN Info("not Paris nor Lyon")
IF NOT City IN ("PARIS", "MARSEILLE") THEN Info("never")
