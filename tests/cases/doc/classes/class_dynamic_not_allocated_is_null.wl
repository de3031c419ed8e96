// Help: Instanciation dynamique d'un objet (6010003, https://help.windev.com/?6010003)
// Note: A dynamic object is created only by `allouer`; before that it is NULL.
CTrace est une Classe
	Nom est une chaîne
FIN
o est un CTrace dynamique
Trace(o = NULL)
o = allouer un CTrace
Trace(o = NULL)
