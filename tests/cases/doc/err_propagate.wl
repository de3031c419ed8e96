// Help: ErreurPropage / ErrorPropagate (3034015, https://help.windev.com/?3034015)
// Choice: ErreurPropage() passes the current non-fatal error on to the caller: there ErreurDétectée is true.
OuvreFichier()
SI ErreurDétectée ALORS Trace("erreur remontée")
PROCÉDURE OuvreFichier()
ErreurDéclenche(1, "introuvable")
SI ErreurDétectée = Vrai ALORS
	ErreurPropage()
	RETOUR
FIN
