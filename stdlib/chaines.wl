// Prélude de wlang : fonctions de chaînes du WLangage écrites en WLangage, à partir des fonctions
// que wlang fournit déjà. Chaque procédure porte le numéro de sa page d'aide (help.windev.com,
// doc.pcsoft.fr : ?<numéro>) et, dans son attribut <en>, son nom anglais.
// « choix » marque un comportement que la page d'aide n'a pas pu confirmer.

// ?1000020480 ExtraitLigne / ExtractLine
// Renvoie la ligne n d'une chaîne (lignes séparées par RC, CR ou LF) ; EOT après la dernière (choix).
PROCÉDURE ExtraitLigne(LOCAL sChaîne, nLigne) <en = "ExtractLine">
sChaîne = Remplace(sChaîne, RC, Caract(10))
sChaîne = Remplace(sChaîne, Caract(13), Caract(10))
RENVOYER ExtraitChaîne(sChaîne, nLigne, Caract(10))

// ?1000024868 ExtraitChaîneEntre / ExtractStringBetween
// Renvoie le texte entre la n-ième paire séparateur de début / séparateur de fin (le séparateur de
// fin vaut par défaut celui de début) ; "" si la paire n'existe pas (choix).
PROCÉDURE ExtraitChaîneEntre(sChaîne, nRang, sDébut, LOCAL sFin = "", nOptions = 0) <en = "ExtractStringBetween">
SI sFin = "" ALORS sFin = sDébut
SI nRang < 1 _OU_ sDébut = "" ALORS RENVOYER ""
nDébut, nFin sont des entiers
nPos est un entier = 1
POUR i = 1 _A_ nRang
	nDébut = Position(sChaîne, sDébut, nPos, nOptions)
	SI nDébut = 0 ALORS RENVOYER ""
	nDébut += Taille(sDébut)
	nFin = Position(sChaîne, sFin, nDébut, nOptions)
	SI nFin = 0 ALORS RENVOYER ""
	nPos = nFin + Taille(sFin)
FIN
RENVOYER Milieu(sChaîne, nDébut, nFin - nDébut)

// ?3024029 PositionOccurrence / PositionOccurrence
// Position de la n-ième occurrence d'une chaîne (ou d'une des chaînes d'un tableau) ; 0 si absente.
// Options de Position : SansCasse, MotComplet, DepuisFin (rang compté depuis la fin).
PROCÉDURE PositionOccurrence(sChaîne, sCherchée, LOCAL nRang, nOptions = 0) <en = "PositionOccurrence">
SI nRang < 1 ALORS RENVOYER 0
nTrouvée, nPos sont des entiers
SI (nOptions & DepuisFin) <> 0 ALORS
	nPos = Taille(sChaîne)
	TANTQUE nPos >= 1
		nTrouvée = Position(sChaîne, sCherchée, nPos, nOptions)
		SI nTrouvée = 0 ALORS RENVOYER 0
		nRang--
		SI nRang = 0 ALORS RENVOYER nTrouvée
		nPos = nTrouvée - 1
	FIN
	RENVOYER 0
FIN
nPos = 1
BOUCLE
	nTrouvée = Position(sChaîne, sCherchée, nPos, nOptions)
	SI nTrouvée = 0 ALORS RENVOYER 0
	nRang--
	SI nRang = 0 ALORS RENVOYER nTrouvée
	nPos = nTrouvée + 1
FIN

// ?1000019391 SansCaractère / NoCharacter
// Supprime au début et à la fin de la chaîne tous les caractères présents dans la liste donnée.
PROCÉDURE SansCaractère(sChaîne, sCaractères) <en = "NoCharacter">
RENVOYER SansCaractèreDroite(SansCaractèreGauche(sChaîne, sCaractères), sCaractères)

// ?1000020478 SansCaractèreGauche / NoLeftCharacter
// Supprime au début de la chaîne tous les caractères présents dans la liste donnée.
PROCÉDURE SansCaractèreGauche(sChaîne, sCaractères) <en = "NoLeftCharacter">
n est un entier = 1
TANTQUE n <= Taille(sChaîne) _ET_ Position(sCaractères, sChaîne[[n]]) > 0
	n++
FIN
RENVOYER Milieu(sChaîne, n)

// ?1000020479 SansCaractèreDroite / NoRightCharacter
// Supprime à la fin de la chaîne tous les caractères présents dans la liste donnée.
PROCÉDURE SansCaractèreDroite(sChaîne, sCaractères) <en = "NoRightCharacter">
n est un entier = Taille(sChaîne)
TANTQUE n >= 1 _ET_ Position(sCaractères, sChaîne[[n]]) > 0
	n--
FIN
RENVOYER Gauche(sChaîne, n)

// ?3024033 SansAccent / NoAccent
// Remplace les caractères accentués par les mêmes caractères sans accent.
PROCÉDURE SansAccent(sChaîne) <en = "NoAccent">
RENVOYER ChaîneFormate(sChaîne, ccSansAccent)

// ?3024045 TailleCommune / CommonLength
// Nombre de caractères identiques (casse comprise) au début des deux chaînes.
PROCÉDURE TailleCommune(sChaîne1, sChaîne2) <en = "CommonLength">
n est un entier = 0
TANTQUE n < Taille(sChaîne1) _ET_ n < Taille(sChaîne2) _ET_ sChaîne1[[n + 1]] = sChaîne2[[n + 1]]
	n++
FIN
RENVOYER n

// ?1410087412 ChaîneSupprimeDoublon / StringDeleteDuplicate
// Supprime les éléments en double d'une liste séparée par sSéparateur (garde le premier, dans l'ordre).
PROCÉDURE ChaîneSupprimeDoublon(sChaîne, sSéparateur) <en = "StringDeleteDuplicate">
tÉléments est un tableau de chaînes
POUR TOUTE CHAÎNE sÉlément DE sChaîne SÉPARÉE PAR sSéparateur
	SI TableauCherche(tÉléments, tcLinéaire, sÉlément) = -1 ALORS TableauAjoute(tÉléments, sÉlément)
FIN
RENVOYER TableauVersChaîne(tÉléments, sSéparateur)

// ?1000019896 LigneVersPosition / LineToPosition
// Position du premier caractère de la ligne n (lignes séparées par RC ou LF) ; 0 sans ligne n (choix).
PROCÉDURE LigneVersPosition(sChaîne, nLigne) <en = "LineToPosition">
SI nLigne < 1 ALORS RENVOYER 0
nPos est un entier = 1
nFinLigne est un entier
POUR i = 2 _A_ nLigne
	nFinLigne = Position(sChaîne, Caract(10), nPos)
	SI nFinLigne = 0 ALORS RENVOYER 0
	nPos = nFinLigne + 1
FIN
RENVOYER nPos

// ?1000019899 PositionVersLigne / PositionToLine
// Numéro de la ligne qui contient la position (lignes séparées par RC ou LF) ; 0 hors chaîne (choix).
PROCÉDURE PositionVersLigne(sChaîne, nPosition) <en = "PositionToLine">
SI nPosition < 1 _OU_ nPosition > Taille(sChaîne) + 1 ALORS RENVOYER 0
RENVOYER 1 + ChaîneOccurrence(Gauche(sChaîne, nPosition - 1), Caract(10))

// ?1410089019 IBANValide / IBANValid
// Vrai si l'IBAN (espaces permis) a la forme d'un IBAN et une clé valide (ISO 13616, modulo 97).
PROCÉDURE IBANValide(sIBAN) <en = "IBANValid">
s est une chaîne = Majuscule(Remplace(sIBAN, " ", ""))
SI Taille(s) < 5 _OU_ Taille(s) > 34 ALORS RENVOYER Faux
SI PAS ("A" <= s[[1]] <= "Z" _ET_ "A" <= s[[2]] <= "Z") ALORS RENVOYER Faux
SI PAS ("0" <= s[[3]] <= "9" _ET_ "0" <= s[[4]] <= "9") ALORS RENVOYER Faux
s = Milieu(s, 5) + Gauche(s, 4)
nReste est un entier = 0
c est une chaîne
POUR i = 1 _A_ Taille(s)
	c = s[[i]]
	SI "0" <= c <= "9" ALORS
		nReste = Modulo(nReste * 10 + Val(c), 97)
	SINON SI "A" <= c <= "Z" ALORS
		nReste = Modulo(nReste * 100 + Asc(c) - 55, 97)
	SINON
		RENVOYER Faux
	FIN
FIN
RENVOYER nReste = 1

// ?1000019893 Contient / Contains
// Vrai si la chaîne contient la sous-chaîne (ou une des chaînes d'un tableau) ; options de Position.
PROCÉDURE Contient(sChaîne, sSousChaîne, nOptions = 0) <en = "Contains">
RENVOYER Position(sChaîne, sSousChaîne, 1, nOptions) > 0
