// Désérialise into typed variables reads the text straight into the structure or the array
// (value::json::read_typed); each case is checked against the general way (the text read as a
// variant, then assigned, which converts member by member): both must give the same values.
Adresse est une Structure
	sVille est une chaîne
	nCode est un entier
FIN
Client est une Structure
	nId est un entier
	sNom est une chaîne
	rSolde est un réel
	bActif est un booléen
	adr est une Adresse
	tNotes est un tableau de entiers
	vLibre est un Variant
FIN

Compare("{""nId"": 7, ""sNom"": ""Léa"", ""rSolde"": 12.5, ""bActif"": true}")
// Members the text lacks keep their value; unknown keys are ignored.
Compare("{""nId"": 8, ""inconnu"": [1, {""x"": 2}], ""autre"": null}")
// Keys in another case or without accents, and escaped keys.
Compare("{""NID"": 9, ""snom"": ""\u00e9t\u00e9"", ""r\u0053olde"": 3}")
// The exact name wins over another spelling, whatever their order; a key given twice keeps its last value.
Compare("{""NID"": 1, ""nId"": 2, ""nid"": 3, ""sNom"": ""a"", ""sNom"": ""b""}")
Compare("{""nId"": 2, ""NID"": 1}")
// Two other spellings of one member: the first one.
Compare("{""NID"": 1, ""nid"": 2}")
// Conversions: text to numbers, numbers to text, null.
Compare("{""nId"": ""12"", ""sNom"": 34, ""rSolde"": ""1.5"", ""bActif"": 1, ""vLibre"": null}")
// Nested structures, arrays, variants holding objects and arrays.
Compare("{""adr"": {""sVille"": ""Nîmes"", ""nCode"": 30000}, ""tNotes"": [1, 2, ""3""], ""vLibre"": {""a"": [1, 2]}}")
CompareTableau("[{""nId"": 1}, {""nId"": 2, ""adr"": {""nCode"": ""34""}}, {}]")
CompareTableau("[]")
// What does not convert: the same error both ways.
QUAND EXCEPTION DANS
	Compare("{""nId"": ""douze""}")
FAIRE
	Trace("erreur :", ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	CompareTableau("[[1, 2], [3]]")
FAIRE
	Trace("erreur :", ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	CompareTableau("{""nId"": 1}")
FAIRE
	Trace("erreur :", ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	Compare("{""nId"": 1,}")
FAIRE
	Trace("erreur :", ExceptionInfo())
FIN
tn est un tableau de entiers
Désérialise(tn, "[1, ""2"", 3.0]", psdJSON)
Trace(tn[1] + tn[2] + tn[3], tn..Occurrence)
QUAND EXCEPTION DANS
	Désérialise(tn, "[[1, 2], [3, 4]]", psdJSON)
	Trace(tn..Occurrence)
FAIRE
	Trace("erreur :", ExceptionInfo())
FIN

PROCÉDURE Compare(sJSON)
c1 est un Client
c1.sNom = "avant"
c2 est un Client
c2.sNom = "avant"
Désérialise(c1, sJSON, psdJSON)
c2 = JSONVersVariant(sJSON)
s1 est une chaîne
Sérialise(c1, s1, psdJSON)
s2 est une chaîne
Sérialise(c2, s2, psdJSON)
Trace(s1 = s2, s1)

PROCÉDURE CompareTableau(sJSON)
t1 est un tableau de Client
t2 est un tableau de Client
Désérialise(t1, sJSON, psdJSON)
t2 = JSONVersVariant(sJSON)
s1 est une chaîne
Sérialise(t1, s1, psdJSON)
s2 est une chaîne
Sérialise(t2, s2, psdJSON)
Trace(s1 = s2, s1)
