// String builtins: Position, Remplace and ExtraitChaîne on a line of fields, many times.
sLigne est une chaîne = "nom=Dupont;prénom=Jean;ville=Montpellier;code=34000;pays=France"
nTotal est un entier = 0
POUR i = 1 _A_ 200000
	nTotal = nTotal + Position(sLigne, "ville=")
	s est une chaîne = Remplace(sLigne, ";", ",")
	nTotal = nTotal + Taille(ExtraitChaîne(s, 1 + i % 5, ","))
FIN
Info(nTotal)
