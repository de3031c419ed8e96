// Help: fSauveTexte (Fonction) (3036046), fChargeTexte (3036006), fOuvre (3036036) section
// "Gestion des fichiers texte au format UNICODE"
// fSauveTexte writes UTF-8 without a byte order mark by default; foAnsi writes Windows-1252,
// foUnicode UTF-16 with its mark. fChargeTexte and fOuvre read the mark when there is one (a
// file that starts with one is written on in its encoding), and read a file without one as
// UTF-8 when it is valid UTF-8, as ANSI otherwise.
sRep est une chaîne = fRépertoireTemp() + "/wlang_golden_enc_" + Hasard(1, 1000000000)
fRepCrée(sRep)
sTexte est une chaîne = "Été à Noël"
tabFormats est un tableau de chaînes = ["défaut", "foAnsi", "foUnicode"]
sFichier est une chaîne
POUR i = 1 A 3
	sFichier = sRep + "/" + i + ".txt"
	SELON i
		CAS 1 : fSauveTexte(sFichier, sTexte)
		CAS 2 : fSauveTexte(sFichier, sTexte, foAnsi)
		CAS 3 : fSauveTexte(sFichier, sTexte, foUnicode)
	FIN
	Trace(tabFormats[i], fTaille(sFichier), fChargeTexte(sFichier) = sTexte)
FIN

// Lines of a UTF-16 file, through fOuvre: the mark says how to read it.
nFic est un entier = fCrée(sRep + "/lignes16.txt", foUnicode)
fEcritLigne(nFic, "ligne à lire")
fEcritLigne(nFic, "€ 2")
fFerme(nFic)
Trace("taille UTF-16", fTaille(sRep + "/lignes16.txt"))
nFic = fOuvre(sRep + "/lignes16.txt", foLecture)
Trace(fLitLigne(nFic), fLitLigne(nFic), fLitLigne(nFic) = EOT)
fFerme(nFic)

// A UTF-8 mark (written here as the three ANSI characters of its bytes), then text added by
// fOuvre: the mark says UTF-8.
fSauveTexte(sRep + "/marque8.txt", "ï»¿", foAnsi)
nFic = fOuvre(sRep + "/marque8.txt", foEcriture + foAjout)
fEcrit(nFic, sTexte)
fFerme(nFic)
Trace("UTF-8 avec marque", fTaille(sRep + "/marque8.txt"), fChargeTexte(sRep + "/marque8.txt") = sTexte)

// An ANSI file read without saying so.
fSauveTexte(sRep + "/ansi.txt", "café crème", foAnsi)
Trace(fChargeTexte(sRep + "/ansi.txt"))
fRepSupprime(sRep, frRécursif)
