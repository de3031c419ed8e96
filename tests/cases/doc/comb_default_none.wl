// Help: Combinaison (Type de variable) (1514074, https://help.windev.com/?1514074)
// A Combination variable can hold no option at all; a new variable has none.
TypeCombinaison est une Combinaison
	CréationFic
	LectureFic
FIN
a est un TypeCombinaison
Trace(a[CréationFic])
Trace(a[LectureFic])
