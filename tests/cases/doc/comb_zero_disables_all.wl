// Help: Combinaison (Type de variable) (1514074, https://help.windev.com/?1514074)
TypeCombinaison est une Combinaison
	CréationFic
	LectureFic
	EcritureFic
FIN
ActionFichier est un TypeCombinaison = LectureFic + EcritureFic
ActionFichier = 0
Trace(ActionFichier[LectureFic])
Trace(ActionFichier[EcritureFic])
