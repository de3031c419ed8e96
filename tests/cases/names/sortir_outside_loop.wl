// SORTIR and CONTINUER only make sense inside POUR, TANTQUE or BOUCLE; a SI is not a loop.
SI Vrai ALORS
	SORTIR
FIN
Fais()

PROCÉDURE Fais()
CONTINUER
