// Help: Enumération (Type de variable) (1514067, https://help.windev.com/?1514067)
// Expect: a compilation error, as the page's example says (`Poste1 = 1 // Affiche une erreur de compilation`).
TypeRobot est une Enumération
	Marche
	Arrêté
FIN
Poste1 est un TypeRobot
Poste1 = 1
