// Associative arrays: integer keys, duplicates, options keep the key as written, += creates,
// arrays as elements, iteration from the end, deletion.
ta est un tableau associatif (SansDoublon, 0, wlEntier) de chaînes
ta[3] = "trois"
ta[1] = "un"
POUR TOUT s, k DE ta
	Trace(k, s)
FIN
td est un tableau associatif (AvecDoublon) d'entiers
Ajoute(td, "a", 1)
Ajoute(td, "b", 2)
Ajoute(td, "a", 3)
td["a"] = 10
Trace(td..Occurrence, td["a"])
POUR TOUT n, k DE td
	Trace(k, n)
FIN
TableauSupprime(td, "a")
Trace(td..Occurrence, td["a"]..Existe, td["b"])
tc est un tableau associatif (ccSansCasse) d'entiers
tc["Paris"] += 5
tc["PARIS"] += 1
POUR TOUT ÉLÉMENT n, k DE tc DepuisFin
	Trace(k, n)
FIN
tt est un tableau associatif de tableaux d'entiers
tt["x"] = [1, 2, 3]
tt["x"][2] = 20
Trace(tt["x"][2], tt["x"]..Occurrence, tt..Vide)
tv est un tableau associatif de entiers
Trace(tv..Vide, tv["rien"], tv..Occurrence)
