// Help: Classes, membres, méthodes et propriétés (6010006, https://help.windev.com/?6010006)
// By default the members of a class are public: code outside the class reads and writes them.
CFichier est une Classe
	m_sNom est une chaîne
	m_sExtension est une chaîne
FIN
FichierSource est un CFichier
FichierSource:m_sNom = "rapport"
FichierSource:m_sExtension = "txt"
Trace(FichierSource:m_sNom + "." + FichierSource:m_sExtension)
