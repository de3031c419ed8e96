// Help: Chaînes littérales / String literals (1512011, https://help.windev.com/?1512011)
// Choice: [% %] is always interpreted (wlang runs scripts without project options).
Nom est une chaîne = "Dupont"
Trace("Bonjour [%Nom%] !")
