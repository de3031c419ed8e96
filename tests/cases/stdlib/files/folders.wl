// Help: fListeFichier (Fonction) (3036058), fListeRépertoire (3036062), fRepCrée (3036043),
// fCopieFichier (3036004), fRenomme (3036038), fSupprime (3036029), fRepSupprime (3036051),
// fTaille (3036055), fDate (3036019)
// Folders and listings: nested creation, patterns, recursion, a procedure called for each
// file (Faux stops the listing), copies, renames, deletions with a pattern.
sRep est une chaîne = fRépertoireTemp() + "/wlang_golden_dirs_" + Hasard(1, 1000000000)
Trace("créé", fRepCrée(sRep + "/a/b"), fRepExiste(sRep + "/a/b"), fFichierExiste(sRep + "/a"))
fSauveTexte(sRep + "/un.txt", "1")
fSauveTexte(sRep + "/deux.TXT", "22")
fSauveTexte(sRep + "/trois.csv", "333")
fSauveTexte(sRep + "/a/quatre.txt", "4444")
fSauveTexte(sRep + "/a/b/cinq.txt", "55555")

PROCÉDURE INTERNE Relatif(sChemin)
	RENVOYER Remplace(Remplace(sChemin, sRep, "<rep>"), RC, " | ")
FIN

Trace("*.txt", Relatif(fListeFichier(sRep + "/*.txt")))
Trace("récursif", Relatif(fListeFichier(sRep + "/*.txt", frRécursif)))
Trace("tout", Relatif(fListeFichier(sRep)))
Trace("?n*", Relatif(fListeFichier(sRep + "/?n*.*")))
Trace("répertoires", Relatif(fListeRépertoire(sRep + "/*.*", frRécursif)))

gnVus est un entier
PROCÉDURE INTERNE ChaqueFichier(sDossier, sNom, bNouveau, nValeur)
	gnVus++
	Trace("  " + Relatif(sDossier) + sNom, bNouveau, nValeur)
	RENVOYER gnVus < 3
FIN
Trace("appelée", fListeFichier(sRep + "/*.txt", ChaqueFichier, 42, frRécursif), "fois")

Trace("taille", fTaille(sRep + "/trois.csv"), fTaille(sRep + "/a/b/cinq.txt"))
Trace("date du jour", fDate(sRep + "/un.txt") = DateSys(), Taille(fDate(sRep + "/un.txt", fModification)))

Trace("copie vers un dossier", fCopieFichier(sRep + "/un.txt", sRep + "/a"), fChargeTexte(sRep + "/a/un.txt"))
Trace("copie avec motif", fCopieFichier(sRep + "/*.txt", sRep + "/a/b"))
Trace(Relatif(fListeFichier(sRep + "/a/b/*.*")))
Trace("renommé", fRenomme(sRep + "/trois.csv", sRep + "/a/trois.dat"), fFichierExiste(sRep + "/trois.csv"))
Trace(fChargeTexte(sRep + "/a/trois.dat"))
Trace("supprimés", fSupprime(sRep + "/a/b/*.txt"), Relatif(fListeFichier(sRep + "/a/b")))
Trace("non vide", fRepSupprime(sRep + "/a"), fRepExiste(sRep + "/a"))
Trace("vide", fRepSupprime(sRep + "/a/b"), fRepExiste(sRep + "/a/b"))
Trace("récursif", fRepSupprime(sRep, frRécursif), fRepExiste(sRep))
