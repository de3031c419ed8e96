// Help: VariantVersJSON (1000021051, https://help.windev.com/?1000021051); the encoding of
// JSON texts (JSONVersVariant, 1000021052): 7-bit ASCII, other characters as \u and 4 hex digits
// Simple values, arrays, structures (members in declaration order), nested ones, objects.
Trace(VariantVersJSON(12), VariantVersJSON(-2.5), VariantVersJSON(Vrai), VariantVersJSON(Null))
Trace(VariantVersJSON("été ""entre guillemets"" \ fin"))
Trace(VariantVersJSON("ligne 1" + RC + "ligne 2" + TAB + "€"))
m est un monétaire = 12.30
Trace(VariantToJSON(m))
t est un tableau de entiers = [1, 2, 3]
Trace(VariantVersJSON(t))

Point est une Structure
	x est un entier
	y est un réel
FIN
Forme est une Structure
	Nom est une chaîne
	Centre est un Point
	Sommets est un tableau de Point
	Visible est un booléen
FIN
f est une Forme
f.Nom = "carré"
f.Centre.x = 1
f.Centre.y = 1.5
pt est un Point
Ajoute(f.Sommets, pt)
pt.x = 2
Ajoute(f.Sommets, pt)
Trace(VariantVersJSON(f))

// A variant read from JSON writes back as it was read, members in their order.
Trace(VariantVersJSON(JSONVersVariant("{""b"": [true, null], ""a"": {""c"": 1.25}}")))

CPersonne est une Classe
	Nom est une chaîne
	Âge est un entier
FIN
o est un CPersonne
o.Nom = "Martin"
o.Âge = 30
Trace(VariantVersJSON(o))
// Dates and durations are written as their text.
d est une Date = "20240229"
Trace(VariantVersJSON(d))
