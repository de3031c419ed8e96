// Help: fOuvre (Fonction) (3036036)
// Open, write, seek, read and close an external file by its integer identifier; fCrée empties
// an existing file; foAjout writes at the end. Everything happens in a folder of fRépertoireTemp().
sRep est une chaîne = fRépertoireTemp() + "\wlang_golden_open_" + Hasard(1, 1000000000)
fRepCrée(sRep)
sFichier est une chaîne = sRep + "\notes.txt"

nFic est un entier = fCrée(sFichier)
Trace("identifiant valide", nFic > 0)
Trace("octets écrits", fEcritLigne(nFic, "première ligne"))
fEcritLigne(nFic, "second line")
Trace("fEcrit", fEcrit(nFic, "fin sans RC"))
Trace("retour au début", fPositionne(nFic, 0))
Trace(fLitLigne(nFic))
Trace(fLitLigne(nFic))
Trace(fLitLigne(nFic))
Trace("fin de fichier", fLitLigne(nFic) = EOT)
Trace("position 7", fPositionne(nFic, 7, fpDébut))
Trace("fLit 5", fLit(nFic, 5))
Trace("depuis la fin", fPositionne(nFic, -4, fpFin), fLit(nFic, 10))
Trace("fLit en fin", "[" + fLit(nFic, 3) + "]")
Trace("fermé", fFerme(nFic))

// foAjout: the position starts at the end.
nFic = fOuvre(sFichier, foLectureEcriture + foAjout)
fEcritLigne(nFic, "")
fEcritLigne(nFic, "ajoutée")
fFerme(nFic)
Trace(Remplace(fChargeTexte(sFichier), RC, "|"))

// Read only: writing fails with -1 and says why.
nFic = fOuvre(sFichier, foLecture)
Trace("écriture refusée", fEcritLigne(nFic, "x"), ErreurDétectée, ErreurInfo())
fFerme(nFic)

// foCréationSiInexistant keeps an existing file; foCréation empties it.
nFic = fOuvre(sFichier, foCréationSiInexistant + foLectureEcriture)
Trace("gardé", fLitLigne(nFic))
fFerme(nFic)
nFic = fOuvre(sFichier, foCréation + foEcriture)
fFerme(nFic)
Trace("vidé", fTaille(sFichier))

fRepSupprime(sRep, frRécursif)
Trace("nettoyé", PAS fRepExiste(sRep))
