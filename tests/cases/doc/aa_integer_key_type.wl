// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
// Unsure: the third declaration parameter is <Type de clé> (a string by default); the wlEntier constant name is from memory.
ta est un tableau associatif (SansDoublon, 0, wlEntier) de chaînes
ta[12] = "douze"
ta[3] = "trois"
Trace(ta[12])
Trace(ta..Occurrence)
