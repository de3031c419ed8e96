// French and English mixed, several case styles.
t est un tableau de 3 entiers
t[1] = 5; t[2] = 7
noms sont des chaînes
n, m are ints = 2
Info(Somme(t), n, m)
pour toute chaîne mot de "a,b" séparée par ","
	info(majuscule(mot))
fin
if Vrai and not Faux then Trace(TableauOccurrence(t), t..Occurrence, RC = CR)
bFlag is boolean = True
QUAND EXCEPTION DANS
	Info(Val("12") + 1)
FAIRE
	Info(ExceptionInfo())
END
Info(ProtocoleTLS1_2 + SocketOpening, bFlag)

PROCEDURE Somme(tab is array of ints) : entier
	total est un entier
	FOR EACH v OF tab
		total += v
	END
	RENVOYER total
