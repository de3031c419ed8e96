// Help: Somme / Sum (1000019892, https://help.windev.com/?1000019892), Moyenne / Mean
// (1000019891), Max (3050005), Min (3050004)
// Values, or the elements of arrays (TableauSomme, TableauMoyenne, TableauMin, TableauMax are no
// WLanguage functions: these four take arrays).
tNotes est un tableau de entiers = [12, 15, 9]
Trace(Somme(1, 2, 3), Somme(tNotes), Somme(tNotes, 4), Sum(2.5, 0.25))
Trace(Moyenne(tNotes), Moyenne(10, 11), Mean(tNotes, 12))
Trace(Max(tNotes), Min(tNotes), Max(tNotes, 20), Min(3, tNotes))
// Integers stay integers, decimals exact, text counts as its number.
Trace(Somme(0m0.1, 0m0.2), Somme("3", 4), TypeVar(Somme(1, 2)) = wlEntier)
// Arrays of several dimensions, associative arrays: every element.
t2 est un tableau de 2 par 2 entiers = [[1, 2], [3, 4]]
ta est un tableau associatif de réels
ta["a"] = 1.5
ta["b"] = 2.5
Trace(Somme(t2), Moyenne(ta), Max(ta))
// Choice: no value at all gives 0.
tVide est un tableau de entiers
Trace(Somme(tVide), Moyenne(tVide), Max(tVide))
// Text that is no number counts as 0, a boolean as 0 or 1; a date is no number.
Trace(Somme(1, [2, "x", Vrai]))
dJour est une Date = "20240115"
Trace(Somme(1, [dJour]))
