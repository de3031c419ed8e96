// Help: Constructeur et destructeur (6010001, https://help.windev.com/?6010001)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)`.
// Unsure: main-code variables are the project's globals; their destruction at the end of the program is assumed.
CTrace est une Classe
	Nom est une chaîne
FIN
o est un CTrace
Trace("fin du code principal")

PROCÉDURE CTrace.Destructeur()
Trace("Destructeur")
