// Help: fLitLigne (Fonction) (3036031)
// A line ends with RC (CR + LF); a file with LF only reads the same way; another separator
// can be given. EOT marks the end of the file, "" an error.
sRep est une chaîne = fRépertoireTemp() + "/wlang_golden_lines_" + Hasard(1, 1000000000)
fRepCrée(sRep)
sFichier est une chaîne = sRep + "/lignes.txt"
fSauveTexte(sFichier, "un" + Caract(10) + "deux" + RC + "" + Caract(10) + "trois")
nFic est un entier = fOuvre(sFichier, foLecture)
s est une chaîne = fLitLigne(nFic)
TANTQUE s <> EOT
	Trace("[" + s + "]")
	s = fLitLigne(nFic)
FIN
fFerme(nFic)

fSauveTexte(sFichier, "a;b;;c")
nFic = fOuvre(sFichier)
POUR i = 1 A 5
	s = fLitLigne(nFic, ";")
	Trace(i, s = EOT, "[" + s + "]")
FIN
fFerme(nFic)

// An identifier that is not open.
Trace("[" + fLitLigne(nFic) + "]", ErreurDétectée, ErreurInfo())
fRepSupprime(sRep, frRécursif)
