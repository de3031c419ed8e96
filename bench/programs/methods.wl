// Method calls on objects: a counter object updated through its methods.
Compteur est une Classe
	nTotal est un entier
	nAppels est un entier
FIN

c est un Compteur
POUR i = 1 _A_ 1000000
	c.Ajoute(i % 7)
FIN
Info(c.Total(), c.Appels())

PROCÉDURE Compteur.Ajoute(k est un entier)
:nTotal = :nTotal + k
:nAppels = :nAppels + 1

PROCÉDURE Compteur.Total() : entier
RENVOYER :nTotal

PROCÉDURE Compteur.Appels() : entier
RENVOYER :nAppels
