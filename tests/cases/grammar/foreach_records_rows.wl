// POUR TOUT on an HFSQL file (`SUR` a key, `AVEC` a filter) and POUR TOUTE LIGNE of a table
// control resolve (the file, its items and the control are names of the project); running them
// stops the script, naming the construct.
Client, Nom, Ville, TABLE_Client sont des variants
POUR TOUT Client SUR Nom AVEC Ville = "Paris"
	Trace(Nom)
FIN
POUR TOUTE LIGNE DE TABLE_Client
	Trace("ligne")
FIN
POUR TOUTE LIGNE SÉLECTIONNÉE i DE TABLE_Client
	Trace(i)
FIN
