// Help: Combinaison (Type de variable) (1514074, https://help.windev.com/?1514074)
// Unsure: the section 'Activer ou désactiver les options d'une combinaison' was cut; `c[Option] = Vrai/Faux` is assumed.
TypeCombinaison est une Combinaison
	CréationFic
	LectureFic
FIN
a est un TypeCombinaison
a[LectureFic] = Vrai
Trace(a[LectureFic])
a[LectureFic] = Faux
Trace(a[LectureFic])
