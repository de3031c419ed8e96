// Help: fSéparateur / fSeparator (1000018861)
// Without a parameter, the platform's separator; with a path, the path with the separators asked
// for (fSéparateurPlateforme by default: "/" here, fSéparateurUnix "/", fSéparateurWindows "\"),
// as PC SOFT's own examples call it before URLEncode.
Trace(fSéparateur())
Trace(fSéparateur("C:\Mes documents\image.png", fSéparateurUnix))
Trace(fSeparator("/home/léa/image.png", fSeparatorWindows))
Trace(fSéparateur("dossier\fichier.txt"))
