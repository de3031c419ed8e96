// Help: fSep (1000019647), fSéparateur (1000018861), fConstruitChemin (1000019880),
// fChangeExtension (1410089227), fRepParent (1000018856), fCheminCourt (3036012),
// fCheminLong (3036028), fNomCourt (3036032), fNomLong (3036033).
// wlang runs on Linux: the separator is "/".
Info(fSep(), fSéparateur())
Info(fConstruitChemin("/home/moi", "rapport", "txt"))
Info(fConstruitChemin("/home/moi/", "rapport", ".txt"))
Info(fConstruitChemin("/home/moi", "rapport"))
Info(fConstruitChemin("C:\Temp\", "rapport", "doc"))
Info(fConstruitChemin("", "rapport", "txt"))
Info(fConstruitChemin(fRépertoireTemp(), "essai", "log") = fRépertoireTemp() + fSep() + "essai.log")
Info(fChangeExtension("/home/moi/rapport.txt", "pdf"))
Info(fChangeExtension("/home/moi/rapport.txt", ".pdf"))
Info(fChangeExtension("/home/moi/rapport", "pdf"))
Info(fChangeExtension("/home/moi/archive.tar.gz", "zip"))
Info(fChangeExtension("/home/moi.d/rapport", "txt"))
Info(fChangeExtension("/home/moi/.profile", "bak"))
Info(fChangeExtension("rapport.txt", ""))
Info(fRepParent("/home/moi/rapport.txt"))
Info(fRepParent("/home/moi/"))
Info(fRepParent("/home"))
Info(fRepParent("/"))
Info(fRepParent("C:\Temp\Fichier.txt"))
Info("[" + fRepParent("rapport.txt") + "]")
Info(fRepParent(fRepParent("/a/b/c")))
// No short names on Linux: the path comes back as it is
Info(fCheminCourt("/home/moi/Un nom long.txt"), fCheminLong("/home/moi/Un nom long.txt"))
Info(fNomCourt("/tmp/Fichier de test.txt"), fNomLong("/tmp/Fichier de test.txt"))
// With a path: its separators become fSéparateurUnix's (by default) or fSéparateurWindows's
// (a choice: the page could not be read; PC SOFT's examples call fSeparator(path, fSeparatorUnix)).
Info(fSéparateur("C:\Temp\a.txt"))
Info(fSeparator("x/y/z", fSeparatorWindows))
Info(fSéparateur("", fSéparateurUnix) = "")
