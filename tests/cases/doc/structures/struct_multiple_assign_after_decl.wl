// Help: Affectation multiple des tableaux, structures et classes (1514031, https://help.windev.com/?1514031)
// Multiple assignment is also available for structures: values go to the members in declaration order.
Personne est une Structure
	Nom est une chaîne
	Age est un entier
FIN
p est une Personne
p = ["Dupont", 42]
Trace(p.Nom)
Trace(p.Age)
