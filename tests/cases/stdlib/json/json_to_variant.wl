// Help: JSONVersVariant (1000021052, https://help.windev.com/?1000021052)
// The help's example (with its ANSI string), then what the variant holds: members by name,
// arrays (indexed from 1, with Dimension and POUR TOUT), numbers, booleans and null.
sJZon est une chaîne ANSI = [
{
"glossary": {
"title": "example glossary",
"GlossDiv": {
"title": "S",
"GlossList": {
"GlossEntry": {
"ID": "SGML",
"SortAs": "SGML",
"GlossTerm": "Standard Generalized Markup Language",
"Acronym": "SGML",
"Abbrev": "ISO 8879:1986",
"GlossDef": {
"para": "A meta-markup language, used to create markup languages such as DocBook.",
"GlossSeeAlso": ["GML", "XML"]
},
"GlossSee": "markup"
}
}
}
}
}
]

soit jz = JSONVersVariant(sJZon)
Trace(jz.glossary.title)
Trace(jz.glossary.GlossDiv.GlossList.GlossEntry.GlossTerm)
// Member names ignore case and accents, as every WLanguage name.
Trace(jz.GLOSSARY.glossdiv.Title)
tVoir est un tableau de chaînes = jz.glossary.GlossDiv.GlossList.GlossEntry.GlossDef.GlossSeeAlso
Trace(Dimension(tVoir), tVoir[1], tVoir[2])
POUR TOUT sVoir DE jz.glossary.GlossDiv.GlossList.GlossEntry.GlossDef.GlossSeeAlso
	Trace("voir : " + sVoir)
FIN

// "Checking if a value is NULL": the help's second form.
v est un Variant = JSONVersVariant("{""m"":null}")
SI v.m = Null ALORS Trace("NULL")

// Numbers: integers stay integers, the others are reals; \u escapes are read.
w est un Variant = JSONToVariant("{""n"": 12, ""x"": 2.5, ""grand"": 1e3, ""ok"": true, ""texte"": ""\u00e9t\u00E9 \""guillemets\"""", ""liste"": [1, [2, 3], {""k"": ""v""}]}")
Trace(w.n + 1, w.x * 2, w.grand, w.ok)
Trace(w.texte)
Trace(w.liste[2][2], w.liste[3].k, Dimension(w.liste))
// A whole document may be a simple value.
Trace(JSONVersVariant("42") + 1, JSONVersVariant(" ""mot"" "))
