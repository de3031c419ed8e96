// Help: Monétaire (Type de variable) (1514043, https://help.windev.com/?1514043)
Prix est un monétaire
Trace(Prix)
POUR i = 1 À 10
	Prix += 0.1
FIN
Trace(Prix)
Trace(Prix = 1)
