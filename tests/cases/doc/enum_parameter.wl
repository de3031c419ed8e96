// Help: Enumération (Type de variable) (1514067, https://help.windev.com/?1514067)
TypeRobot est une Enumération
	Marche
	Arrêté
FIN
Trace(Libellé(Arrêté))
Trace(Libellé(Marche))

PROCÉDURE Libellé(t est un TypeRobot)
SI t = Marche ALORS RENVOYER "M"
RENVOYER "A"
