// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
// Note: TableauSupprime on an associative array takes the key (page 1514058 lists the WLanguage functions usable on associative arrays).
ta est un tableau associatif d'entiers
ta["a"] = 1
ta["b"] = 2
TableauSupprime(ta, "a")
Trace(ta..Occurrence)
Trace(ta["a"]..Existe)
Trace(ta["b"])
