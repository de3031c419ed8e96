// Loop forms: BOUCLE ... À FAIRE TANTQUE (and A FAIRE TANTQUE, TO DO WHILE), POUR TOUT v, i DE t,
// POUR TOUT ... DepuisFin, POUR TOUT over a string's characters, POUR TOUTE CHAÎNE with several
// separators (and DepuisFin), POUR TOUT ÉLÉMENT.
i est un entier
BOUCLE
	i++
A FAIRE TANTQUE i < 3
Trace(i)
LOOP
	i++
TO DO WHILE i < 5
Trace(i)
t est un tableau de chaînes = ["a", "b", "c"]
POUR TOUT v, k DE t
	Trace(k + "=" + v)
FIN
POUR TOUT v DE t DepuisFin
	Trace(v)
FIN
FOR EACH c OF "xyz" FromEnd
	Trace(c)
END
POUR TOUTE CHAÎNE s DE "a,b;c" SÉPARÉE PAR [",", ";"]
	Trace(s)
FIN
POUR TOUTE CHAÎNE s DE "1-2-3" SÉPARÉE PAR "-" DepuisFin
	Trace(s)
FIN
POUR TOUT ÉLÉMENT e DE [7, 8]
	Trace(e)
FIN
