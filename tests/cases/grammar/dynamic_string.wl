// Dynamic strings (page 1512011): `[% expr %]` inside a "..." string is replaced by the
// expression's value; what does not read as an expression stays text.
Nom est une chaîne = "Dupont"
n est un entier = 3
Trace("Bonjour [%Nom%] !")
Trace("[%n%][%n + 1%] fois, [%Majuscule(Nom)%]")
Trace("pas une expression : [% ) %], [%%], 100 [% du total")
