// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
// By default an associative array cannot contain duplicates: a second assignment replaces the value.
ta est un tableau associatif de chaînes
ta["k"] = "un"
ta["k"] = "deux"
Trace(ta..Occurrence)
Trace(ta["k"])
