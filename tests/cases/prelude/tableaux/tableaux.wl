// Help: TableauContient (1410091041), TableauSupprimeDoublon (1000019422),
// TableauEchangeLigne (1000020483), TableauAjouteTrié (1000017013), Supprime (1000017354),
// SupprimeTout (1000017357): the array forms.
tNoms est un tableau de chaînes = ["Paul", "Anne", "Paul", "Marc", "Anne", "Paul"]
Info(TableauContient(tNoms, "Marc"), TableauContient(tNoms, "marc"), TableauContient(tNoms, ""))
TableauSupprimeDoublon(tNoms)
Info(TableauVersChaîne(tNoms, ","))
tNombres est un tableau de entiers = [3, 1, 3, 3, 2, 1]
TableauSupprimeDoublon(tNombres)
Info(TableauVersChaîne(tNombres, ","), TableauContient(tNombres, 2), TableauContient(tNombres, 5))
// Edge cases: empty array, one element, nothing to remove
tVide est un tableau de entiers
TableauSupprimeDoublon(tVide)
Info(TableauOccurrence(tVide), TableauContient(tVide, 0))
tUn est un tableau de entiers = [7]
TableauSupprimeDoublon(tUn)
Info(TableauVersChaîne(tUn, ","))
TableauEchangeLigne(tNoms, 1, 3)
Info(TableauVersChaîne(tNoms, ","))
TableauEchangeLigne(tNoms, 2, 2)
Info(TableauVersChaîne(tNoms, ","))
QUAND EXCEPTION DANS
	TableauEchangeLigne(tNoms, 1, 9)
FAIRE
	Info(ExceptionInfo())
FIN
tTrié est un tableau de entiers = [10, 20, 30]
Info(TableauAjouteTrié(tTrié, 25), TableauAjouteTrié(tTrié, 5), TableauAjouteTrié(tTrié, 40))
Info(TableauAjouteTrié(tTrié, 20), TableauVersChaîne(tTrié, ","))
Info(TableauAjouteTrié(tVide, 1), TableauVersChaîne(tVide, ","))
tMots est un tableau de chaînes = ["banane", "cerise"]
Info(TableauAjouteTrié(tMots, "abricot"), TableauAjouteTrié(tMots, "datte"), TableauVersChaîne(tMots, ","))
Supprime(tMots, 2)
Info(TableauVersChaîne(tMots, ","))
SupprimeTout(tMots)
Info(TableauOccurrence(tMots))
