// A complete small program mixing French and English, as real WINDEV code often does:
// a report card read from a text with one "name;grade;grade;..." line per student.
// Parsing with ExtraitChaîne, averages, a ranking with SELON, aligned output.

sDonnées is string = "Alice;15;17;12" + RC + "Bruno;9;11.5;8" + RC + "Chloé;13;14;16"

tabNoms est un tableau de chaînes
tabMoyennes is array of real

FOR EACH STRING sLigne OF sDonnées SEPARATED BY RC
	sNom est une chaîne = ExtraitChaîne(sLigne, 1, ";")
	Ajoute(tabNoms, sNom)
	Add(tabMoyennes, Moyenne(sLigne))
END

Info(Complète("Élève", 8) + Complète("Moyenne", 9) + "Appréciation")
Info(Répète("-", 30))
POUR i = 1 A TableauOccurrence(tabNoms)
	Info(Complète(tabNoms[i], 8) + Complète(NumériqueVersChaîne(tabMoyennes[i], ".2f"), 9) + Appréciation(tabMoyennes[i]))
FIN

nMeilleur is int = 1
FOR i = 2 TO ArrayCount(tabMoyennes)
	IF tabMoyennes[i] > tabMoyennes[nMeilleur] THEN nMeilleur = i
END
Info(Répète("-", 30))
Info(StringBuild("Meilleure moyenne : %1 (%2)", tabNoms[nMeilleur], Arrondi(tabMoyennes[nMeilleur], 2)))

// The grades are everything after the first ";".
PROCEDURE Moyenne(sLigne is string) : real
rSomme est un réel
nNotes is int
n est un entier = 2
LOOP
	sNote is string = ExtractString(sLigne, n, ";")
	IF sNote = EOT THEN BREAK
	rSomme += Val(sNote)
	nNotes++
	n++
END
RENVOYER rSomme / nNotes

PROCÉDURE Appréciation(rMoyenne)
SELON rMoyenne
	CAS >= 14 : RESULT "très bien"
	CAS >= 10 : RESULT "bien"
	OTHER CASE : RENVOYER "doit progresser"
FIN
