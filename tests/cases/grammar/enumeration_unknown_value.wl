// A value the enumeration does not declare is reported before running.
Couleur is Enumeration
	Red
	Green
END
c is Couleur = Couleur.Blue
