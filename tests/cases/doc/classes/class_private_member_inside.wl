// Help: Classes, membres, méthodes et propriétés (6010006, https://help.windev.com/?6010006)
// Choice: methods are written after the main code as `PROCÉDURE Classe.Méthode(...)` (the name issue 12 uses); in WINDEV they live in the class's own code.
// A private member is usable by the methods of the class.
CCompte est une Classe
	PRIVÉ
		m_Solde est un monétaire
	PUBLIC
		Titulaire est une chaîne
FIN
c est un CCompte
c.Dépose(150)
c.Dépose(50)
Trace(c.Solde())

PROCÉDURE CCompte.Dépose(m)
:m_Solde += m

PROCÉDURE CCompte.Solde()
RENVOYER :m_Solde
