// The other loops, in English: FOR EACH over an array, FOR EACH STRING over the parts
// of a string, WHILE, LOOP with BREAK and CONTINUE, and LOOP(n) that runs n times.

arrPrices is array of real = [4.5, 12, 7.25]
rSum is real
FOR EACH rPrice OF arrPrices
	rSum += rPrice
END
Trace("sum", rSum)

// FOR EACH STRING cuts a string at each separator.
nWords is int
FOR EACH STRING sWord OF "the quick brown fox" SEPARATED BY " "
	nWords++
	Trace(nWords, sWord)
END

// WHILE: halve until below 1.
rValue is real = 10
nSteps is int = 0
WHILE rValue >= 1
	rValue = rValue / 2
	nSteps++
END
Trace("steps", nSteps, "value", rValue)

// LOOP runs until BREAK; CONTINUE jumps to the next turn.
n is int = 0
LOOP
	n++
	IF n % 3 = 0 THEN CONTINUE   // skip the multiples of 3
	IF n > 10 THEN BREAK
	Trace("loop", n)
END

// LOOP(n) runs exactly n times.
sStars is string
LOOP(5)
	sStars += "*"
END
Info(sStars)
