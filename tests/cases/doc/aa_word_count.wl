// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
// Word count, the classic associative-array exercise.
sTexte est une chaîne = "le chat voit le chien et le chat dort"
taCompte est un tableau associatif d'entiers
POUR TOUTE CHAÎNE sMot DE sTexte SÉPARÉE PAR " "
	SI taCompte[sMot]..Existe ALORS
		taCompte[sMot]++
	SINON
		taCompte[sMot] = 1
	FIN
FIN
Trace(taCompte["le"])
Trace(taCompte["chat"])
Trace(taCompte["dort"])
Trace(taCompte..Occurrence)
