// Prélude de wlang : fonctions de durées et chronomètres du WLangage écrites en WLangage, à partir
// des fonctions que wlang fournit déjà. Chaque procédure porte le numéro de sa page d'aide
// (help.windev.com, doc.pcsoft.fr : ?<numéro>) et, dans son attribut <en>, son nom anglais.
// « choix » marque un comportement que la page d'aide n'a pas pu confirmer.

// État des chronomètres (ChronoDébut...), un élément par numéro de chronomètre démarré : le
// numéro, l'instant du dernier démarrage ou de la dernière reprise (en millisecondes), le temps
// cumulé avant la dernière pause, et l'indicateur de pause.
wlPrélude_tChronoNuméro est un tableau de entiers
wlPrélude_tChronoDépart est un tableau de entiers
wlPrélude_tChronoCumul est un tableau de entiers
wlPrélude_tChronoEnPause est un tableau de booléens

// ?3027007 DuréeVersChaîne / DurationToString
// Écrit une durée selon un format : duréeCentième ("DHHMMSSCC"), duréeMillième ("DHHMMSSCCC") ou
// une chaîne où D (jours), HH, MM, SS, CCC (millièmes) et + (signe) sont remplacés. Une unité
// absente du format est reportée sur la suivante ("MM:SS" d'une heure donne "60:00") (choix).
PROCÉDURE DuréeVersChaîne(pDurée, LOCAL sFormat) <en = "DurationToString">
dDurée est une durée = pDurée
nReste est un entier = dDurée
sSigne est une chaîne = "+"
SI nReste < 0 ALORS
	sSigne = "-"
	nReste = -nReste
FIN
// Les deux constantes : centièmes = les millièmes sans leur dernier chiffre.
bCentièmes est un booléen = (sFormat = duréeCentième)
SI bCentièmes _OU_ sFormat = duréeMillième ALORS sFormat = "DHHMMSSCCC"
nJours, nHeures, nMinutes, nSecondes sont des entiers
SI Position(sFormat, "D") > 0 ALORS
	nJours = PartieEntière(nReste / 86400000)
	nReste -= nJours * 86400000
FIN
SI Position(sFormat, "HH") > 0 ALORS
	nHeures = PartieEntière(nReste / 3600000)
	nReste -= nHeures * 3600000
FIN
SI Position(sFormat, "MM") > 0 ALORS
	nMinutes = PartieEntière(nReste / 60000)
	nReste -= nMinutes * 60000
FIN
SI Position(sFormat, "SS") > 0 ALORS
	nSecondes = PartieEntière(nReste / 1000)
	nReste -= nSecondes * 1000
FIN
sFormat = Remplace(sFormat, "CCC", NumériqueVersChaîne(nReste, "03d"))
sFormat = Remplace(sFormat, "HH", NumériqueVersChaîne(nHeures, "02d"))
sFormat = Remplace(sFormat, "MM", NumériqueVersChaîne(nMinutes, "02d"))
sFormat = Remplace(sFormat, "SS", NumériqueVersChaîne(nSecondes, "02d"))
sFormat = Remplace(sFormat, "D", nJours)
sFormat = Remplace(sFormat, "+", sSigne)
SI bCentièmes ALORS RENVOYER Gauche(sFormat, Taille(sFormat) - 1)
RENVOYER sFormat

// ?3027031 ChronoDébut / ChronoStart
// Démarre (ou remet à zéro et redémarre) le chronomètre n (1 par défaut).
PROCÉDURE ChronoDébut(nChrono = 1) <en = "ChronoStart">
nIndice est un entier = TableauCherche(wlPrélude_tChronoNuméro, tcLinéaire, nChrono)
SI nIndice = -1 ALORS
	TableauAjoute(wlPrélude_tChronoNuméro, nChrono)
	TableauAjoute(wlPrélude_tChronoDépart, 0)
	TableauAjoute(wlPrélude_tChronoCumul, 0)
	TableauAjoute(wlPrélude_tChronoEnPause, Faux)
	nIndice = TableauOccurrence(wlPrélude_tChronoNuméro)
FIN
wlPrélude_tChronoDépart[nIndice] = wlPrélude_MaintenantMs()
wlPrélude_tChronoCumul[nIndice] = 0
wlPrélude_tChronoEnPause[nIndice] = Faux

// ?3027033 ChronoValeur / ChronoValue
// Durée mesurée par le chronomètre n depuis son démarrage, pauses exclues, sans l'arrêter.
// Chronomètre non démarré : l'aide décrit une erreur WLangage ; wlang n'a pas de quoi en déclencher
// une depuis le WLangage, la durée renvoyée est nulle (choix).
PROCÉDURE ChronoValeur(nChrono = 1) <en = "ChronoValue">
dDurée est une durée = 0
nIndice est un entier = TableauCherche(wlPrélude_tChronoNuméro, tcLinéaire, nChrono)
SI nIndice = -1 ALORS RENVOYER dDurée
dDurée = wlPrélude_tChronoCumul[nIndice]
SI PAS wlPrélude_tChronoEnPause[nIndice] ALORS
	dDurée = wlPrélude_tChronoCumul[nIndice] + wlPrélude_MaintenantMs() - wlPrélude_tChronoDépart[nIndice]
FIN
RENVOYER dDurée

// ?3027032 ChronoFin / ChronoEnd
// Arrête le chronomètre n et renvoie la durée mesurée (comme ChronoValeur) ; il n'est plus démarré.
PROCÉDURE ChronoFin(nChrono = 1) <en = "ChronoEnd">
dDurée est une durée = ChronoValeur(nChrono)
nIndice est un entier = TableauCherche(wlPrélude_tChronoNuméro, tcLinéaire, nChrono)
SI nIndice <> -1 ALORS
	TableauSupprime(wlPrélude_tChronoNuméro, nIndice)
	TableauSupprime(wlPrélude_tChronoDépart, nIndice)
	TableauSupprime(wlPrélude_tChronoCumul, nIndice)
	TableauSupprime(wlPrélude_tChronoEnPause, nIndice)
FIN
RENVOYER dDurée

// ?1000018829 ChronoPause / ChronoPause
// Suspend le chronomètre n : le temps qui passe jusqu'à ChronoReprend n'est pas compté.
PROCÉDURE ChronoPause(nChrono = 1) <en = "ChronoPause">
nIndice est un entier = TableauCherche(wlPrélude_tChronoNuméro, tcLinéaire, nChrono)
SI nIndice = -1 _OU_ wlPrélude_tChronoEnPause[nIndice] ALORS RETOUR
wlPrélude_tChronoCumul[nIndice] += wlPrélude_MaintenantMs() - wlPrélude_tChronoDépart[nIndice]
wlPrélude_tChronoEnPause[nIndice] = Vrai

// ?1000018830 ChronoReprend / ChronoResume
// Relance le chronomètre n suspendu par ChronoPause.
PROCÉDURE ChronoReprend(nChrono = 1) <en = "ChronoResume">
nIndice est un entier = TableauCherche(wlPrélude_tChronoNuméro, tcLinéaire, nChrono)
SI nIndice = -1 _OU_ PAS wlPrélude_tChronoEnPause[nIndice] ALORS RETOUR
wlPrélude_tChronoDépart[nIndice] = wlPrélude_MaintenantMs()
wlPrélude_tChronoEnPause[nIndice] = Faux

// ?1000020474 ChronoRAZ / ChronoReset
// Remet à zéro le chronomètre n sans changer son état (en marche ou suspendu) (choix).
PROCÉDURE ChronoRAZ(nChrono = 1) <en = "ChronoReset">
nIndice est un entier = TableauCherche(wlPrélude_tChronoNuméro, tcLinéaire, nChrono)
SI nIndice = -1 ALORS RETOUR
wlPrélude_tChronoCumul[nIndice] = 0
wlPrélude_tChronoDépart[nIndice] = wlPrélude_MaintenantMs()

// interne
// L'instant présent en millisecondes (jours depuis l'origine de DateVersEntier, plus l'heure).
PROCÉDURE wlPrélude_MaintenantMs()
s est une chaîne = DateHeureSys()
RENVOYER DateVersEntier(Gauche(s, 8)) * 86400000 + Val(Milieu(s, 9, 2)) * 3600000 + Val(Milieu(s, 11, 2)) * 60000 + Val(Milieu(s, 13, 2)) * 1000 + Val(Milieu(s, 15, 3))
