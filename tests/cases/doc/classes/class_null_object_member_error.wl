// Help: Instanciation dynamique d'un objet (6010003, https://help.windev.com/?6010003)
// Note: The help pages seen say only that the object must be allocated; the error itself is WINDEV's fatal error on a NULL object.
// Using a dynamic object that was never allocated is a fatal error, caught by QUAND EXCEPTION.
CPoint est une Classe
	x est un entier
FIN
d est un CPoint dynamique
QUAND EXCEPTION DANS
	Trace(d.x)
	Trace("non affiché")
FAIRE
	Trace("erreur interceptée")
FIN
Trace("suite")
