// Counting the words of a text with an associative array (help 1514058): one key per word,
// ignoring case (ccIgnoreCase), and the value counts how often the word appears.

sText is string = [
	The cat sleeps. The dog sleeps too;
	the cat dreams, the dog barks,
	and the mouse dances!
]

aaCount is associative array (ccIgnoreCase) of int
nWords is int

// Words are separated by spaces, line breaks and punctuation
FOR EACH STRING sWord OF sText SEPARATED BY [" ", CR, ".", ",", ";", "!"]
	IF sWord = "" THEN CONTINUE
	aaCount[sWord]++
	nWords++
END
Trace("words:", nWords, "different:", aaCount..Count)

// The loop follows the order in which the keys arrived; a key keeps the spelling it first had
FOR EACH nTimes, sWord OF aaCount
	Trace(Complete(sWord, 8), nTimes)
END

// Reading a missing key gives the default value (0) without adding it; ..Exist tests for it
Trace("bird:", aaCount["bird"], aaCount["bird"]..Exist, aaCount["CAT"]..Exist)

// The most frequent word (the first one on a tie) and the words seen only once,
// joined with [", "]: the separator is only added between two words
sMostFrequent is string
nMax is int
sOnce is string
FOR EACH nTimes, sWord OF aaCount
	IF nTimes > nMax THEN
		nMax = nTimes
		sMostFrequent = sWord
	END
	IF nTimes = 1 THEN sOnce += [", "] + sWord
END
Trace("most frequent:", sMostFrequent, nMax)
Trace("only once:", sOnce)

// Deleting a key
ArrayDelete(aaCount, "THE")
Trace("without “the”:", aaCount..Count, aaCount["the"])
