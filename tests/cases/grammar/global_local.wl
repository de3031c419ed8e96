// GLOBAL / LOCAL sections (GLOBALE too): in a procedure, the declarations after GLOBAL are global.
GLOBAL
	gn est un entier = 1
LOCAL
	n est un entier = 2
Init()
Trace(gn, n, gsNom)
PROCÉDURE Init()
GLOBALE
	gsNom est une chaîne = "global"
LOCAL
	x est un entier = 3
gn = x
