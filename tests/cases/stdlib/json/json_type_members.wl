// Help: JSON type (1000023611, https://help.windev.com/?1000023611), "Looping through the
// elements of a JSON variable" and the properties of JSON variables.
// Choice: POUR TOUT on a JSON object goes through its members' values, the key being the
// member's name (as on an associative array); ..Membre is the array of the members, each with
// its Nom and Valeur (English Name, Value).
j est un JSON = "{""nom"": ""Dupont"", ""âge"": 42, ""ville"": {""nom"": ""Nantes""}}"
POUR TOUT v, k DE j
	Trace(k, v)
FIN
POUR TOUT v DE j
	Trace(v..Clé)
FIN
POUR TOUT m DE j..Membre
	Trace(m.Nom, m..Valeur)
FIN
POUR TOUT m DE j..Member
	Trace(m..Name, m.Value)
FIN
Trace(j..Occurrence, j.ville..Occurrence, j..Vide)
// JSONVersChaîne / JSONToString (1000024530) and ChaîneVersJSON / StringToJSON (1000024531).
Trace(JSONVersChaîne(j))
k est un JSON = ChaîneVersJSON("{""liste"": [true, null]}")
Trace(k.liste[1], JSONToString(k.liste))
l est un JSON = StringToJSON(" [1, 2] ")
Trace(l[2])
