// Class hierarchy: a base class with a constructor, a redefined method,
// the ancestor's method called from a derived class, a destructor and a class member.
Forme est une Classe
	PROTÉGÉ
		m_sNom est une chaîne
	PUBLIC
		GLOBAL nbFormes est un entier
FIN

Rectangle est une Classe
	hérite de Forme
	m_rLargeur est un réel
	m_rHauteur est un réel
FIN

Carré est une Classe
	hérite de Rectangle
FIN

Cercle est une Classe
	hérite de Forme
	m_rRayon est un réel
FIN

// Dynamic objects in an array of the base class: each call runs the class's own method.
tabFormes est un tableau de Forme dynamique
Ajoute(tabFormes, allouer un Rectangle(3, 4))
Ajoute(tabFormes, allouer un Carré(2.5))
Ajoute(tabFormes, allouer un Cercle(1))
POUR TOUT f DE tabFormes
	Trace(f.Décris())
FIN
Trace(Forme::nbFormes + " formes")
POUR TOUT f DE tabFormes
	libérer f
FIN

PROCÉDURE Forme::Constructeur(sNom est une chaîne)
	m_sNom = sNom
	Forme::nbFormes++

PROCÉDURE Forme::Destructeur()
	Trace("fin de " + m_sNom)

PROCÉDURE VIRTUELLE Forme::Aire() : réel
	RENVOYER 0

PROCÉDURE Forme::Décris() : chaîne
	RENVOYER m_sNom + " d'aire " + NumériqueVersChaîne(Aire(), ".2f")

PROCÉDURE Rectangle::Constructeur(rL est un réel, rH est un réel)
	Constructeur Forme("rectangle")
	m_rLargeur = rL
	m_rHauteur = rH

PROCÉDURE Rectangle::Aire() : réel
	RENVOYER m_rLargeur * m_rHauteur

PROCÉDURE Carré::Constructeur(rCôté est un réel)
	Constructeur Rectangle(rCôté, rCôté)
	m_sNom = "carré"

PROCÉDURE Carré::Décris() : chaîne
	RENVOYER Rectangle::Décris() + " (côté " + m_rLargeur + ")"

PROCÉDURE Cercle::Constructeur(rRayon est un réel)
	Constructeur Forme("cercle")
	m_rRayon = rRayon

PROCÉDURE Cercle::Aire() : réel
	RENVOYER 3.14159 * m_rRayon * m_rRayon

