// Compter les mots d'un texte avec un tableau associatif (aide 1514058) : une clé par mot, sans
// tenir compte des majuscules (ccSansCasse), la valeur compte ses apparitions.

sTexte est une chaîne = [
	Le chat dort. Le chien dort aussi ;
	le chat rêve, le chien aboie,
	et la souris danse !
]

taCompte est un tableau associatif (ccSansCasse) de entiers
nMots est un entier

// Les mots sont séparés par des espaces, des retours à la ligne et la ponctuation
POUR TOUT CHAÎNE sMot DE sTexte SÉPARÉE PAR [" ", RC, ".", ",", ";", "!"]
	SI sMot = "" ALORS CONTINUER
	taCompte[sMot]++
	nMots++
FIN
Trace("mots :", nMots, "différents :", taCompte..Occurrence)

// Le parcours suit l'ordre d'arrivée des clés ; la clé garde l'écriture de sa première apparition
POUR TOUT nFois, sMot DE taCompte
	Trace(Complète(sMot, 8), nFois)
FIN

// Lire une clé absente donne la valeur par défaut (0) sans l'ajouter ; ..Existe la teste
Trace("oiseau :", taCompte["oiseau"], taCompte["oiseau"]..Existe, taCompte["CHAT"]..Existe)

// Le mot le plus fréquent (le premier en cas d'égalité) et les mots vus une seule fois,
// séparés par [", "] : le séparateur n'est ajouté qu'entre deux mots
sPlusFréquent est une chaîne
nMax est un entier
sUneFois est une chaîne
POUR TOUT nFois, sMot DE taCompte
	SI nFois > nMax ALORS
		nMax = nFois
		sPlusFréquent = sMot
	FIN
	SI nFois = 1 ALORS sUneFois += [", "] + sMot
FIN
Trace("le plus fréquent :", sPlusFréquent, nMax)
Trace("une seule fois :", sUneFois)

// Supprimer une clé
TableauSupprime(taCompte, "LE")
Trace("sans « le » :", taCompte..Occurrence, taCompte["le"])
