// Help: Variant (1514019, https://help.windev.com/?1514019), "Named sub-elements" and their
// nesting; VariantVersJSON (1000021051) writes them.
v est un Variant
v.nom = "Dupont"
v.age = 42
v.adresse.ville = "Brest"
Trace(v.nom, v.Age + 1, v.adresse.ville)
Trace(VariantVersJSON(v))
v.age += 1
v.adresse.ville = "Rennes"
Trace(VariantVersJSON(v))
// Choice: a member it does not have reads as Null; ..Existe tells.
Trace(v.absent = Null, v.nom..Existe, v.absent..Existe, v..Occurrence)
// Choice: a variant with members given to a member of another is copied, as a structure is.
w est un Variant
w.x = 1
v.w = w
w.x = 2
Trace(VariantVersJSON(v.w), VariantVersJSON(w))
// A variant read from JSON takes members the same way.
r est un Variant = JSONVersVariant("{""a"": 1}")
r.b = [1, 2]
r.c.d = Vrai
Trace(VariantVersJSON(r))
// In a procedure, by reference.
// Elements of arrays and associative arrays of variants take members too.
t est un tableau de 2 variants
t[1].x = 5
ta est un tableau associatif de variants
ta["k"].x = 1
ta["k"].y = 2
Trace(VariantVersJSON(t), VariantVersJSON(ta), ta["k"].y)
Remplit(v)
Trace(VariantVersJSON(v))

PROCÉDURE Remplit(x)
	x.rempli = Vrai
	x.liste[2] = "b"
