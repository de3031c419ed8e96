// A legacy WINDEV export: Windows-1252 bytes and CRLF line endings.
// Accented names, keywords and strings must read exactly as in UTF-8.
sMessage est une chaîne = "Élève inscrit à l'école"
nÉlèves est un entier = 3
Info(sMessage, Majuscule("été"), Taille("Noël"))
Trace("guillemets : " + “courbes”)
POUR i = 1 A nÉlèves
	Trace(i, Répète("é", i))
FIN
Info(Décrit(nÉlèves))

PROCÉDURE Décrit(n)
RENVOYER ChaîneConstruit("%1 élèves, coût %2 €", n, n * 2.5)
