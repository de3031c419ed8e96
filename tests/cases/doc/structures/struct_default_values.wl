// Help: Structure (Type de variable) (1514008, https://help.windev.com/?1514008)
// Help: Les différents types d'entiers (1514049, https://help.windev.com/?1514049)
// Help: Les réels (1514048, https://help.windev.com/?1514048)
// Help: Monétaire (Type de variable) (1514043, https://help.windev.com/?1514043)
// Members that are not initialised take the default value of their type:
// 0 for integers, reals and currencies, an empty string, Faux for booleans.
S est une Structure
	n est un entier
	r est un réel
	m est un monétaire
	s est une chaîne
	b est un booléen
FIN
v est un S
Trace(v.n)
Trace(v.r)
Trace(v.m)
Trace("[" + v.s + "]")
Trace(v.b)
