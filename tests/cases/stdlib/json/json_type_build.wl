// Help: JSON type (1000023611, https://help.windev.com/?1000023611): assigning a member that
// does not exist adds it; a JSON variable may be assigned Null, a boolean, a number, a date
// (as text in RFC format), a string holding data, or a string holding JSON.
j est un JSON
// Choice: a JSON variable given nothing holds Null (empty as text).
Trace("[" + j + "]")
j.nom = "Dupont"
j.age = 42
j.adresse.ville = "Nantes"
j.adresse.cp = "44000"
// Choice: an element written in a member that holds nothing makes it an array, which grows to
// any index written (the elements between are null).
j.tags[1] = "a"
j.tags[3] = "c"
Ajoute(j.tags, "d")
Trace(j)
j.age++
j.adresse.ville += " (44)"
Trace(j.age, j.adresse.ville, j.adresse..Occurrence, Dimension(j.tags))
// Choice: text in JSON given to a member is read as JSON, as the variable itself reads it.
j.extra = "{""k"": [1, 2]}"
Trace(j.extra.k[2], j.extra)
// Assigning copies: the copy changes alone.
j2 est un JSON = j
j2.nom = "Durand"
Trace(j.nom, j2.nom)
// Simple values.
n est un JSON = 12
b est un JSON = Vrai
t est un JSON = "texte"
d est un JSON = EntierVersDate(80000)
Trace(n + 1, b, t, d)
// A structure becomes an object of its members; an object of the JSON goes back into one.
Personne est une Structure
	Nom est une chaîne
	Né est une Date
FIN
p est une Personne
p.Nom = "Léa"
p.Né = "20000115"
jp est un JSON = p
Trace(jp)
jp.Nom = "Zoé"
p2 est une Personne = jp
Trace(p2.Nom, p2.Né)
// An array in JSON: by index, and POUR TOUT.
liste est un JSON = "[1, 2, {""a"": 3}]"
Trace(liste, liste[3].a, Dimension(liste))
POUR TOUT x DE liste
	Trace(x)
FIN
// An element of a JSON array holding nothing becomes an object.
liste[5].nom = "cinq"
Trace(liste)
