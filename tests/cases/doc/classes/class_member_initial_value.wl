// Help: Classes, membres, méthodes et propriétés (6010006, https://help.windev.com/?6010006)
// Unsure: member initial values in a class declaration: the member-declaration syntax of 6010006 was cut.
CFenêtre est une Classe
	Largeur est un entier = 640
FIN
f est un CFenêtre
Trace(f.Largeur)
