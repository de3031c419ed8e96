// Help: Affectation multiple des tableaux, structures et classes (1514031, https://help.windev.com/?1514031)
// Unsure: page 1514031 has a section 'Affectation multiple des tableaux associatifs' whose syntax was cut; [[clé, valeur], ...] is assumed.
ta est un tableau associatif d'entiers
ta = [["un", 1], ["deux", 2]]
Trace(ta["deux"])
Trace(ta..Occurrence)
