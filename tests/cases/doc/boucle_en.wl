// Help: Instruction BOUCLE / LOOP statement (1510004, https://help.windev.com/?1510004)
i is int = 0
LOOP
	i++
	IF i = 3 THEN BREAK
END
Trace(i)
LOOP (4)
	i++
END
Trace(i)
