// Help: Enumération (Type de variable) (1514067, https://help.windev.com/?1514067)
TypeRobot est une Enumération
	Marche
	Arrêté
	EnMaintenance
	HorsService
FIN
Poste est un TypeRobot = HorsService
SELON Poste
	CAS Marche : Trace("en marche")
	CAS HorsService : Trace("hors service")
	AUTRE CAS : Trace("autre")
FIN
