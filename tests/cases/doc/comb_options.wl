// Help: Combinaison (Type de variable) (1514074, https://help.windev.com/?1514074)
TypeCombinaison est une Combinaison
	CréationFic
	LectureFic
	EcritureFic
	SuppressionFic
FIN
ActionFichier est un TypeCombinaison
ActionFichier = LectureFic + EcritureFic
Trace(ActionFichier[EcritureFic])
Trace(ActionFichier[LectureFic])
Trace(ActionFichier[CréationFic])
SI ActionFichier[EcritureFic] ALORS
	Trace("écriture activée")
SINON
	Trace("écriture non activée")
FIN
