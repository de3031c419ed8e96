// Prélude de wlang : fonctions de fichiers, de chemins et de fichiers INI du WLangage écrites en
// WLangage, à partir des fonctions que wlang fournit déjà. Chaque procédure porte le numéro de sa
// page d'aide (help.windev.com, doc.pcsoft.fr : ?<numéro>) et, dans son attribut <en>, son nom
// anglais. wlang tourne sous Linux : le séparateur des chemins est « / » (les chemins reçus
// peuvent aussi utiliser « \ »).
// « choix » marque un comportement que la page d'aide n'a pas pu confirmer.

// ?1000019647 fSep / fSep
// Le séparateur des répertoires de la plateforme : « / » sous Linux (« \ » sous Windows).
PROCÉDURE fSep() <en = "fSep">
RENVOYER "/"

// ?1000018861 fSéparateur / fSeparator
// Sans paramètre : le séparateur des répertoires de la plateforme, comme fSep (« / » sous Linux).
// Avec un chemin : le chemin dont les séparateurs deviennent ceux de fSéparateurUnix (« / », par
// défaut) ou de fSéparateurWindows (« \ ») — choix, d'après l'usage du code des exemples de PC SOFT
// (fSeparator(sChemin, fSeparatorUnix)), la page n'ayant pas pu être lue.
PROCÉDURE fSéparateur(sChemin = Null, nType = fSéparateurUnix) <en = "fSeparator">
SI sChemin = Null ALORS RENVOYER "/"
SI nType = fSéparateurWindows ALORS RENVOYER Remplace(sChemin, "/", "\")
RENVOYER Remplace(sChemin, "\", "/")

// ?1000019880 fConstruitChemin / fBuildPath
// Chemin + séparateur (s'il manque) + nom court + « . » (s'il manque) + extension (facultative).
PROCÉDURE fConstruitChemin(sChemin, sNomCourt, sExtension = "") <en = "fBuildPath">
sRésultat est une chaîne = sChemin
SI sRésultat <> "" _ET_ Droite(sRésultat, 1) PAS DANS ("/", "\") ALORS sRésultat += "/"
sRésultat += sNomCourt
SI sExtension <> "" ALORS
	SI Gauche(sExtension, 1) <> "." ALORS sRésultat += "."
	sRésultat += sExtension
FIN
RENVOYER sRésultat

// ?1410089227 fChangeExtension / fChangeExtension
// Remplace l'extension du dernier élément du chemin (l'ajoute s'il n'en a pas ; "" la supprime).
// Un nom qui commence par « . » (.profile) n'a pas d'extension (choix).
PROCÉDURE fChangeExtension(sChemin, LOCAL sExtension) <en = "fChangeExtension">
SI sExtension <> "" _ET_ Gauche(sExtension, 1) <> "." ALORS sExtension = "." + sExtension
nDébutNom est un entier = Max(Position(sChemin, "/", Taille(sChemin), DepuisFin), Position(sChemin, "\", Taille(sChemin), DepuisFin)) + 1
nPoint est un entier = Position(sChemin, ".", Taille(sChemin), DepuisFin)
SI nPoint > nDébutNom ALORS RENVOYER Gauche(sChemin, nPoint - 1) + sExtension
RENVOYER sChemin + sExtension

// ?1000018856 fRepParent / fParentDir
// Le répertoire parent d'un fichier ou d'un répertoire, sans séparateur final (sauf la racine
// « / ») ; "" pour un nom sans répertoire (choix).
PROCÉDURE fRepParent(LOCAL sChemin) <en = "fParentDir">
TANTQUE Taille(sChemin) > 1 _ET_ Droite(sChemin, 1) DANS ("/", "\")
	sChemin = Gauche(sChemin, Taille(sChemin) - 1)
FIN
nSéparateur est un entier = Max(Position(sChemin, "/", Taille(sChemin), DepuisFin), Position(sChemin, "\", Taille(sChemin), DepuisFin))
SI nSéparateur = 0 ALORS RENVOYER ""
SI nSéparateur = 1 ALORS RENVOYER Gauche(sChemin, 1)
RENVOYER Gauche(sChemin, nSéparateur - 1)

// ?3036012 fCheminCourt / fShortPath
// Le chemin court (8.3) d'un fichier : Linux n'a pas de noms courts, le chemin est rendu tel quel.
PROCÉDURE fCheminCourt(sChemin) <en = "fShortPath">
RENVOYER sChemin

// ?3036028 fCheminLong / fLongPath
// Le chemin long d'un fichier : Linux n'a pas de noms courts, le chemin est rendu tel quel.
PROCÉDURE fCheminLong(sChemin) <en = "fLongPath">
RENVOYER sChemin

// ?3036032 fNomCourt / fShortName
// Le nom court (8.3) d'un fichier : Linux n'a pas de noms courts, le nom est rendu tel quel.
PROCÉDURE fNomCourt(sChemin) <en = "fShortName">
RENVOYER sChemin

// ?3036033 fNomLong / fLongName
// Le nom long d'un fichier : Linux n'a pas de noms courts, le nom est rendu tel quel.
PROCÉDURE fNomLong(sChemin) <en = "fLongName">
RENVOYER sChemin

// ?1000020494 fAjouteTexte / fAddText
// Ajoute du texte à la fin d'un fichier (créé s'il n'existe pas) ; Faux si le fichier ne peut
// pas être ouvert (ErreurInfo le dit).
PROCÉDURE fAjouteTexte(sFichier, sTexte) <en = "fAddText">
nFichier est un entier = fOuvre(sFichier, foAjout + foCréationSiInexistant)
SI nFichier = -1 ALORS RENVOYER Faux
nÉcrits est un entier = fEcrit(nFichier, sTexte)
fFerme(nFichier)
RENVOYER nÉcrits <> -1

// ?1000025303 fInsèreTexteAuDébut / fInsertTextAtBeginning
// Insère du texte au début d'un fichier (créé s'il n'existe pas) ; Faux en cas d'échec.
PROCÉDURE fInsèreTexteAuDébut(sFichier, sTexte) <en = "fInsertTextAtBeginning">
sContenu est une chaîne
SI fFichierExiste(sFichier) ALORS
	sContenu = fChargeTexte(sFichier)
	SI ErreurDétectée ALORS RENVOYER Faux
FIN
RENVOYER fSauveTexte(sFichier, sTexte + sContenu)

// ?3013043 INILit / INIRead
// Lit un fichier .INI : la valeur d'un mot-clé d'une section, la liste des mots-clés d'une section
// (<Mot-clé> vide) ou la liste des sections (<Section> vide), séparés par RC. Sections et
// mots-clés sans casse, espaces autour ignorés, lignes « ; » ignorées. <Non trouvé> (par défaut "")
// si le mot-clé est absent ou vide ou si le fichier n'existe pas.
PROCÉDURE INILit(sSection, sMotClé = "", sNonTrouvé = "", sFichier = "") <en = "INIRead">
bListe est un booléen = (sSection = "" _OU_ sMotClé = "")
SI sFichier = "" _OU_ PAS fFichierExiste(sFichier) ALORS
	SI bListe ALORS RENVOYER ""
	RENVOYER sNonTrouvé
FIN
sListe, sLigne, sNom, sValeur sont des chaînes
bDansSection est un booléen = Faux
nÉgal est un entier
POUR TOUTE CHAÎNE sLue DE Remplace(fChargeTexte(sFichier), Caract(13), "") SÉPARÉE PAR Caract(10)
	sLigne = SansEspace(sLue)
	SI sLigne = "" _OU_ Gauche(sLigne, 1) = ";" ALORS CONTINUER
	SI Gauche(sLigne, 1) = "[" _ET_ Droite(sLigne, 1) = "]" ALORS
		sNom = SansEspace(Milieu(sLigne, 2, Taille(sLigne) - 2))
		SI sSection = "" ALORS sListe = sListe + [RC] + sNom
		bDansSection = (Majuscule(sNom) = Majuscule(sSection))
		CONTINUER
	FIN
	nÉgal = Position(sLigne, "=")
	SI PAS bDansSection _OU_ nÉgal = 0 ALORS CONTINUER
	sNom = SansEspace(Gauche(sLigne, nÉgal - 1))
	SI sMotClé = "" ALORS
		sListe = sListe + [RC] + sNom
	SINON SI Majuscule(sNom) = Majuscule(sMotClé) ALORS
		sValeur = SansEspace(Milieu(sLigne, nÉgal + 1))
		SI sValeur = "" ALORS RENVOYER sNonTrouvé
		RENVOYER sValeur
	FIN
FIN
SI bListe ALORS RENVOYER sListe
RENVOYER sNonTrouvé

// ?3013039 INIEcrit / INIWrite
// Écrit « mot-clé=valeur » dans une section d'un fichier .INI (créé s'il n'existe pas) : remplace
// la ligne du mot-clé, sinon l'ajoute à la fin de la section, sinon ajoute la section à la fin du
// fichier ; lignes terminées par RC, sans ligne vide entre les sections. Une valeur vide écrit
// « mot-clé= » (choix). Renvoie Vrai si le fichier a été écrit.
PROCÉDURE INIEcrit(sSection, sMotClé, sValeur, sFichier) <en = "INIWrite">
tLignes est un tableau de chaînes
SI fFichierExiste(sFichier) ALORS
	ChaîneVersTableau(Remplace(fChargeTexte(sFichier), Caract(13), ""), tLignes, Caract(10))
	SI ErreurDétectée ALORS RENVOYER Faux
FIN
TANTQUE TableauOccurrence(tLignes) > 0 _ET_ SansEspace(tLignes[TableauOccurrence(tLignes)]) = ""
	TableauSupprime(tLignes, TableauOccurrence(tLignes))
FIN
sNouvelle est une chaîne = sMotClé + "=" + sValeur
sLigne est une chaîne
nFinSection est un entier = 0
nÉgal est un entier
POUR i = 1 _A_ TableauOccurrence(tLignes)
	sLigne = SansEspace(tLignes[i])
	SI Gauche(sLigne, 1) = "[" _ET_ Droite(sLigne, 1) = "]" ALORS
		SI nFinSection > 0 ALORS SORTIR
		SI Majuscule(SansEspace(Milieu(sLigne, 2, Taille(sLigne) - 2))) = Majuscule(sSection) ALORS nFinSection = i
		CONTINUER
	FIN
	SI nFinSection = 0 _OU_ sLigne = "" ALORS CONTINUER
	nFinSection = i
	nÉgal = Position(sLigne, "=")
	SI nÉgal > 0 _ET_ Majuscule(SansEspace(Gauche(sLigne, nÉgal - 1))) = Majuscule(sMotClé) ALORS
		tLignes[i] = sNouvelle
		RENVOYER fSauveTexte(sFichier, TableauVersChaîne(tLignes, RC) + RC)
	FIN
FIN
SI nFinSection > 0 ALORS
	TableauInsère(tLignes, nFinSection + 1, sNouvelle)
SINON
	TableauAjoute(tLignes, "[" + sSection + "]")
	TableauAjoute(tLignes, sNouvelle)
FIN
RENVOYER fSauveTexte(sFichier, TableauVersChaîne(tLignes, RC) + RC)
