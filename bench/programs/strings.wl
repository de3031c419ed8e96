// String building (append in a loop) and slicing.
s est une chaîne = ""
POUR i = 1 _A_ 1000000
	s = s + i % 7
FIN
nSum est un entier = 0
nLen est un entier = Taille(s)
i est un entier = 1
TANTQUE i <= nLen - 2
	nSum = nSum + Val(s[[i A i + 2]])
	i = i + 3
FIN
Info(nLen, nSum)
