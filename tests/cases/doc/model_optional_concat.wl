// Help: Opérateurs sur les chaînes (1512001, https://help.windev.com/?1512001): "[ ]" concatenates
// optionally: the separator is not concatenated if the source string is empty or already ends
// with it. `Début += [Fin]` adds Fin only if Début does not end with it.
// Choice: `s += [sep] + a + b` adds the separator as `s + [sep]` does, then a and b; a source
// that is not a string (a number) is taken as its text.
Liste est une chaîne
POUR TOUT Mot DE ["pomme", "poire", "prune"]
	Liste += [", "] + Mot
FIN
Trace(Liste)
Chemin est une chaîne = "C:\Temp"
Chemin += ["\"]
Chemin += ["\"]
Trace(Chemin)
Chemin = Chemin + ["\"] + "fichier" + ".txt"
Trace(Chemin)
Trace("a" + ["-"] + "b", "" + ["-"] + "b", "a-" + ["-"] + "b")
Client est une Structure
	Noms est une chaîne
FIN
c est un Client
c.Noms += [" ; "] + "Dupont"
c.Noms += [" ; "] + "Durand"
Trace(c.Noms)
Villes est un tableau associatif de chaînes
POUR TOUT n DE [75, 69, 75]
	Villes["codes"] += ["/"] + n
FIN
Trace(Villes["codes"])
n est un entier = 3
Trace(n + [","] + 4)
