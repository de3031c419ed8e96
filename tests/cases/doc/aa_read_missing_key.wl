// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
// Unsure: reading a missing key: assumed to give the default value (declaration option <Valeur par défaut>, else the type's default) without creating the element. WINDEV may instead raise an error.
ta est un tableau associatif d'entiers
Trace(ta["absent"])
Trace(ta..Occurrence)
