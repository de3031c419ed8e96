// Help: fExtraitChemin (Fonction) (3036026), ComplèteRep (3024018), fRépertoireTemp (3036044),
// fRepExe (3036049), fRepEnCours (3036022)
// Paths as text: the parts fExtraitChemin extracts concatenate back to the path.
sChemin est une chaîne = "C:\Mes documents\Lettres\lettre.fr.docx"
Trace(fExtraitChemin(sChemin, fDisque))
Trace(fExtraitChemin(sChemin, fRépertoire))
Trace(fExtraitChemin(sChemin, fFichier))
Trace(fExtraitChemin(sChemin, fExtension))
Trace(fExtraitChemin(sChemin, fFichier + fExtension))
Trace(fExtraitChemin(sChemin, fDisque + fRépertoire + fFichier + fExtension) = sChemin)
Trace(fExtraitChemin("/home/alice/notes", fRépertoire), "[" + fExtraitChemin("/home/alice/notes", fExtension) + "]")
Trace(fExtractPath("archive.tar.gz", fFileName), fExtractPath("archive.tar.gz", fFile + fExtension))

Trace(ComplèteRep("C:\Temp"), ComplèteRep("C:\Temp\"), ComplèteRep("/tmp"), ComplèteRep("/tmp/"))

// The folders of the run exist; the current folder is where the program is.
Trace(fRepExiste(fRépertoireTemp()), Droite(fRépertoireTemp(), 1) <> "/", fRepExiste(fRepExe()), fRepExiste(fRepEnCours()))
