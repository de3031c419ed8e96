// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
aaFileSize is associative array of int
aaFileSize["File1.txt"] = 10
aaFileSize["File2.txt"] = 20
Trace(aaFileSize["File2.txt"])
nTotal is int
FOR EACH ELEMENT nSize, sFile OF aaFileSize
	nTotal += nSize
END
Trace(nTotal)
