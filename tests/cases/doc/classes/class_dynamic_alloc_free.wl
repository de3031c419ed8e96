// Help: Instanciation dynamique d'un objet (6010003, https://help.windev.com/?6010003)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)` (the name issue 12 uses); in WINDEV they live in the class's own code.
// Dynamic object: declared `dynamique`, created by `allouer un`, destroyed by `libérer`
// (forcing the destruction runs the destructor).
CTrace est une Classe
	Nom est une chaîne
FIN
o est un objet CTrace dynamique
Trace("déclaré")
o = allouer un CTrace("dyn")
Trace(o.Nom)
libérer o
Trace("libéré")

PROCÉDURE CTrace.Constructeur(sNom)
:Nom = sNom
Trace("Constructeur " + sNom)

PROCÉDURE CTrace.Destructeur()
Trace("Destructeur " + :Nom)
