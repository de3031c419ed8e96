// Help: Enumération (Type de variable) (1514067, https://help.windev.com/?1514067)
// The default value of an Enumeration variable is the first value of the enumeration.
TypeRobot est une Enumération
	Marche
	Arrêté
	EnMaintenance
	HorsService
FIN
Poste1 est un TypeRobot
Trace(Poste1 = Marche)
Poste1 = EnMaintenance
Trace(Poste1 = Marche)
Trace(Poste1 = EnMaintenance)
