// CLASSE ... FIN with inheritance, sections, members, constants; methods are the procedures
// `Classe.Méthode`, with `Constructeur`/`Destructeur`, `:membre`, `MoiMême`, modifiers and
// attributes; a constructor with an argument, a class member, constants.
Forme est une Classe
	PROTÉGÉ
		nom est une chaîne
	PUBLIC
		CONSTANTE CÔTÉS = 0
FIN
Carré est une Classe
	hérite de Forme
	PRIVÉ
		côté est un réel = 1
	GLOBAL
		nInstances est un entier
	PUBLIC CONSTANTE UNITÉ = "cm"
FIN
Trace("classes déclarées")
c est un Carré(2)
Trace(c.Aire(), Carré::Compte(), Carré::UNITÉ, Forme::CÔTÉS)

PROCÉDURE Carré.Constructeur(x est un réel)
:côté = x
nInstances++
PROCÉDURE Carré.Destructeur()
PROCÉDURE PUBLIQUE VIRTUELLE Carré.Aire() : réel <redéfinition>
RENVOYER :côté * MoiMême.côté
PROCÉDURE PROTÉGÉE Carré.Décrit()
RENVOYER :nom + " " + UNITÉ + " " + Aire()
PROCÉDURE GLOBALE Carré::Compte()
RENVOYER Carré::nInstances
