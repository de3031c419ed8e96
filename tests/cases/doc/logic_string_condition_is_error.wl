// Help: Opérateurs logiques / Logical operators (1512003, https://help.windev.com/?1512003)
// Choice: "A WLanguage error will occur if a string variable is handled like a logical operator (at run time)": a runtime WLanguage error is an exception, so QUAND EXCEPTION DANS catches it
StrTest est une chaîne = "1"
QUAND EXCEPTION DANS
	SI StrTest ALORS Trace("jamais")
	Trace("jamais non plus")
FAIRE
	Trace("erreur WLangage")
FIN
