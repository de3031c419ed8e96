// Help: Tableau associatif (Type de variable) (1514058, https://help.windev.com/?1514058)
// Unsure: AvecDoublon allows duplicates; how a duplicate is added (assignment vs a function) is not on the excerpt.
ta est un tableau associatif (AvecDoublon) d'entiers
ta["k"] = 1
TableauAjoute(ta, "k", 2)
Trace(ta..Occurrence)
