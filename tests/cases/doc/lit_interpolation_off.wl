// Help: Chaînes littérales / String literals (1512011, https://help.windev.com/?1512011)
// Choice: "the project options determine if the [% %] characters can be used": with the option
// off (wl run --no-dynamic-strings, in lit_interpolation_off.args) the string is kept as written,
// and the names inside it are not looked up.
Nom est une chaîne = "Dupont"
Trace("Bonjour [%Nom%] !")
Trace("[%Inconnu%] et ""[%Nom%]""")
