// Help: fOuvre (Fonction) (3036036), section "Gestion des erreurs"
// Failures are not fatal: the documented value (-1, "", Faux) and ErreurInfo() say what went
// wrong.
Trace(fOuvre("wlang_absent.txt", foLecture), ErreurInfo())
Trace("[" + fChargeTexte("wlang_absent.txt") + "]", ErreurDétectée, ErreurInfo())
Trace(fTaille("wlang_absent.txt"), ErreurInfo())
Trace(fSupprime("wlang_absent.txt"), ErreurInfo())
Trace(fRenomme("wlang_absent.txt", "autre.txt"), ErreurInfo())
Trace(fCopieFichier("wlang_absent.txt", "autre.txt"), ErreurInfo())
Trace(fRepSupprime("wlang_absent"), ErreurInfo())
Trace(fSupprime("wlang_absent_*.txt"), ErreurInfo())
Trace("[" + fListeFichier("wlang_absent/*.txt") + "]", ErreurInfo())
Trace(fFerme(12345), ErreurInfo())
Trace(fEcrit(12345, "x"), ErreurInfo())
Trace(fPositionne(12345, 0), ErreurInfo())
Trace(fOuvre(".", foLecture), ErreurInfo())
Trace(fFichierExiste("wlang_absent.txt"), fRepExiste("wlang_absent"))
// A procedure name in quotes is a mistake the script cannot go on after.
fListeFichier("*.wl", "MaProcédure")
