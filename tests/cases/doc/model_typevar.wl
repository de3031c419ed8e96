// Help: Variant (1514019, https://help.windev.com/?1514019): the type of a variant is its
// content's (..Type gives a wl... constant). TypeVar gives the same codes.
// Choice: TypeVar and ..Type of a variable declared with a type give that type (a monétaire
// is wlMonétaire though its values are decimals like a numérique); of a variant, its content.
n est un entier = 5
s est une chaîne = "a"
r est un réel = 1.5
d est une Date = "20240101"
v est un variant
Trace(TypeVar(n) = wlEntier, TypeVar(s) = wlChaîne, TypeVar(r) = wlRéel, TypeVar(d) = wlDate, TypeVar(v))
v = "x"
Trace(TypeVar(v) = wlChaîne, TypeVar(v) = v..Type)
v = 3
Trace(TypeVar(v) = wlEntier, TypeVar(12.5) = wlRéel, TypeVar(Vrai) = wlBooléen)
m est un monétaire = 1.25
Trace(TypeVar(m) = wlMonétaire, TypeVar(3 min) = wlDurée)
Trace(m..Type = wlMonétaire, TypeVar(m + 1) = wlNumérique)
Trace(TypeVar("abc") = wlChaîne, TypeVar(d + 1) = wlDate)
