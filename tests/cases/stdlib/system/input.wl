// Help: Saisie / Input (3021016, https://help.windev.com/?3021016)
// On a console the question is written with the value proposed (the variable's) and the answer
// is read from stdin into the variable. Choice: without input (here: stdin closed, as in a
// non-interactive run) the value proposed is kept and the default button (the first, OK) is
// returned; tests/cli.rs feeds answers.
sNom est une chaîne = "Léa"
SI Saisie("Votre nom ?", sNom) = 1 ALORS Trace("OK", sNom)
nAge est un entier = 30
Trace(Input("Your age?", nAge), nAge)
// With button captions, the default button given is the answer.
Trace(Saisie("Continuer ?", sNom, ["Oui", "Non"], 2))
// The answer goes into a variable: an expression is refused.
Saisie("Nom ?", "constante")
