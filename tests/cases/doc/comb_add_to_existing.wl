// Help: Combinaison (Type de variable) (1514074, https://help.windev.com/?1514074)
// Unsure: + and - between a combination and an option (the cut operators section).
TypeCombinaison est une Combinaison
	CréationFic
	LectureFic
	EcritureFic
FIN
a est un TypeCombinaison = LectureFic
a = a + EcritureFic
Trace(a[LectureFic])
Trace(a[EcritureFic])
a = a - LectureFic
Trace(a[LectureFic])
