// Real code meets unknown objects (controls, HFSQL files): the diagnostic names the object, not
// its property or member; `GLOBAL` alone on a line is a section, not a call.
GLOBAL
	gn est un entier
SAI_Nom..Valeur = "x"
CLIENT.Nom = "y"
Trace(FEN_Principale..Titre)
gn = 1
